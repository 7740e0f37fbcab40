locals {
  region = "eu-west-1"
  azs    = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

locals {
  azs = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] # EXPECT: duplicate-declaration
}

output "region" {
  value = local.region
}
