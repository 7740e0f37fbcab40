locals {
  subnets = {
    a = cidrsubnet("10.0.0.0/16", 8, 1)
    b = cidrsubnet("10.0.0.0/16", 8, 2] # EXPECT: syntax
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  for_each   = local.subnets
  vpc_id     = aws_vpc.main.id
  cidr_block = each.value
}
