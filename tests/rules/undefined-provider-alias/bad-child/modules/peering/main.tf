terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "vpc_id" {
  type = string
}

variable "peer_vpc_id" {
  type = string
}

resource "aws_vpc_peering_connection" "this" {
  vpc_id      = var.vpc_id
  peer_vpc_id = var.peer_vpc_id
  peer_region = "eu-central-1"
}

resource "aws_vpc_peering_connection_accepter" "peer" {
  provider                  = aws.peer # EXPECT: undefined-provider-alias
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
  auto_accept               = true
}
