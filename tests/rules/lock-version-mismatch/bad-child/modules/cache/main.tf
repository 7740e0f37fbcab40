terraform {
  required_providers {
    aws = {
      source  = "HashiCorp/AWS"
      version = "~> 5.0"
    }
  }
}

variable "name" {
  type = string
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}
