terraform {
  required_version = ">= 1.3"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "> 4.67.0, < 7.0.0"
    }
  }
}

variable "domain" {
  type = string
}

resource "aws_route53_zone" "this" {
  name = var.domain
}
