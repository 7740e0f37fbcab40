terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "audit_logs" {
  source = "./modules/logging"
  name   = "audit"
}

module "billing" {
  source = "./modules/service"
  name   = "billing"
}

output "log_groups" {
  value = [module.audit_logs.log_group_name, module.billing.log_group_name]
}
