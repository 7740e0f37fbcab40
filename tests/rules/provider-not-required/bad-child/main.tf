terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "keys" {
  source = "./modules/keys"
  name   = "deploy"
}

output "key_pair_id" {
  value = module.keys.key_pair_id
}
