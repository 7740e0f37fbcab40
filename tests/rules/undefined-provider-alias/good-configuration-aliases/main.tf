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

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

module "peering" {
  source = "./modules/peering"

  providers = {
    aws.requester = aws
    aws.accepter  = aws.frankfurt
  }

  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  peer_vpc_id = "vpc-0f1e2d3c4b5a69788"
}

output "peering_connection_id" {
  value = module.peering.id
}
