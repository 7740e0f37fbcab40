terraform {
  required_version = "= 11.5.0" # EXPECT: terraform-version-excluded

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
