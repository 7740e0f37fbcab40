variable "public_ip" {
  type = string
}

data "aws_route53_zone" "main" {
  name = "example.com"
}

# the root's counted aws_instance.bastion is not this module's concern
resource "aws_route53_record" "bastion" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = "bastion.${data.aws_route53_zone.main.name}"
  type    = "A"
  ttl     = 300
  records = [var.public_ip]
}

output "fqdn" {
  value = aws_route53_record.bastion.fqdn
}

output "name_servers" {
  value = data.aws_route53_zone.main.name_servers[0]
}
