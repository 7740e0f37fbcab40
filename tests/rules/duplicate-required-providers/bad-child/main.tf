terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

module "logging" {
  source      = "./modules/logging"
  bucket_name = "acme-access-logs"
}

output "log_bucket_arn" {
  value = module.logging.bucket_arn
}
