resource "aws_security_group" "this" { # EXPECT: duplicate-declaration
  name        = "${var.name}-sg"
  description = "Web tier"
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
