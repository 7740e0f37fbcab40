terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.0"
      configuration_aliases = [aws.requester, aws.accepter]
    }
  }
}

variable "vpc_id" {
  type = string
}

variable "peer_vpc_id" {
  type = string
}

data "aws_region" "accepter" {
  provider = aws.accepter
}

resource "aws_vpc_peering_connection" "this" {
  provider    = aws.requester
  vpc_id      = var.vpc_id
  peer_vpc_id = var.peer_vpc_id
  peer_region = data.aws_region.accepter.name
}

resource "aws_vpc_peering_connection_accepter" "this" {
  provider                  = aws.accepter
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
  auto_accept               = true
}

output "id" {
  value = aws_vpc_peering_connection.this.id
}
