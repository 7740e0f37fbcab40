variable "domain" {
  type = string
}

variable "vpc_id" {
  type = string
}

resource "aws_route53_zone" "private" {
  name = var.domain

  vpc {
    vpc_id = var.vpc_id
  }
}

module "certs" {
  source  = "../certs"
  domain  = var.domain
  zone_id = aws_route53_zone.private.zone_id
}
