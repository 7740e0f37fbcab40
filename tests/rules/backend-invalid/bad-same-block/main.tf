terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  cloud {
    organization = "acme"

    workspaces {
      name = "alerts"
    }
  }

  # Kept from before the migration to HCP Terraform.
  backend "s3" { # EXPECT: backend-invalid
    bucket = "acme-terraform-state"
    key    = "alerts/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sns_topic" "alerts" {
  name = "platform-alerts"
}
