variable "public_ip" {
  type = string
}

data "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_record" "bastion" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = "bastion.example.com"
  type    = "A"
  ttl     = 300
  records = [var.public_ip]
}

output "fqdn" {
  value = aws_route53_record.bastion[0].fqdn # EXPECT: unexpected-instance-key
}
