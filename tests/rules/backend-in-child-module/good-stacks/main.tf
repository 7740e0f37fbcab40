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
      tags = ["orders"]
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "queue" {
  source = "./modules/queue"
  name   = "orders-${terraform.workspace}"
}

output "queue_arn" {
  value = module.queue.arn
}
