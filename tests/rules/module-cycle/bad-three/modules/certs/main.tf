variable "domain" {
  type = string
}

variable "zone_id" {
  type = string
}

resource "aws_acm_certificate" "this" {
  domain_name       = "*.${var.domain}"
  validation_method = "DNS"
}

resource "aws_route53_record" "validation" {
  zone_id = var.zone_id
  name    = tolist(aws_acm_certificate.this.domain_validation_options)[0].resource_record_name
  type    = tolist(aws_acm_certificate.this.domain_validation_options)[0].resource_record_type
  records = [tolist(aws_acm_certificate.this.domain_validation_options)[0].resource_record_value]
  ttl     = 300
}

# Needs the VPC for the private hosted zone.
module "network" { # EXPECT: module-cycle
  source = "../network"
  domain = var.domain
}
