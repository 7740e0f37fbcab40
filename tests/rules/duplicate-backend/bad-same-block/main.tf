terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  backend "local" {
    path = "state/terraform.tfstate"
  }

  backend "s3" { # EXPECT: duplicate-backend
    bucket = "acme-terraform-state"
    key    = "dns/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_route53_zone" "main" {
  name = "example.com"
}
