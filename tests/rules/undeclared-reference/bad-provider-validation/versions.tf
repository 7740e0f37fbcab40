terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.aws_regoin # EXPECT: undeclared-reference

  default_tags {
    tags = local.default_tags
  }
}
