variable "terraform_version" { # EXPECT: unused-declaration
  type    = string
  default = ">= 1.5.0"
}

terraform {
  required_version = var.terraform_version # EXPECT: invalid-version-constraint

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
