variable "domain_name" {
  type = string
}

resource "aws_route53_zone" "this" {
  name = var.domain_name
}

output "name_servers" {
  value = aws_route53_zone.this.name_servers
}
