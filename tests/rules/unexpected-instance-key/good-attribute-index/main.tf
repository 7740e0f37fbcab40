data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags = {
    Name = "main"
  }
}

resource "aws_subnet" "first" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 0)
  availability_zone = data.aws_availability_zones.available.names[0]
  tags = {
    Name = "${aws_vpc.main.tags["Name"]}-first"
  }
}

resource "aws_network_acl" "main" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.first.id]

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = aws_vpc.main.cidr_block
    from_port  = 443
    to_port    = 443
  }
}

output "first_zone" {
  value = data.aws_availability_zones.available.names[0]
}

output "zone_ids" {
  value = data.aws_availability_zones.available.zone_ids[*]
}

output "acl_first_rule" {
  value = tolist(aws_network_acl.main.ingress)[0].rule_no
}

output "vpc_name" {
  value = aws_vpc.main.tags_all["Name"]
}
