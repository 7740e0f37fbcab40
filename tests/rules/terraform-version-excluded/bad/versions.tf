terraform {
  required_version = "~> 0.12" # EXPECT: terraform-version-excluded

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
