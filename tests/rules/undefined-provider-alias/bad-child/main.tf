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

module "peering" {
  source      = "./modules/peering"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  peer_vpc_id = "vpc-0f1e2d3c4b5a69788"
}
