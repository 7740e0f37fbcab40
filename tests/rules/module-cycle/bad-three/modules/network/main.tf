variable "domain" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

module "dns" {
  source = "../dns"
  domain = var.domain
  vpc_id = aws_vpc.this.id
}
