terraform {
  required_version = "=> 1.3" # EXPECT: invalid-version-constraint

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.*" # EXPECT: invalid-version-constraint
    }
  }
}

variable "domain" {
  type = string
}

resource "aws_route53_zone" "this" {
  name = var.domain
}
