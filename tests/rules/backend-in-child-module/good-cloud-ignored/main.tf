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

module "dns" {
  source      = "./modules/dns"
  domain_name = "example.com"
}

output "name_servers" {
  value = module.dns.name_servers
}
