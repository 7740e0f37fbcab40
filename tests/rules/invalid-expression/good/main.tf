variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "subnet_tags" {
  type = map(string)
  default = {
    Tier = "private"
  }
}

variable "name" {
  type = string
}

locals {
  azs     = ["eu-west-1a", "eu-west-1b"]
  subnets = cidrsubnets(var.vpc_cidr, 8, 8)
  owner   = lookup(var.subnet_tags, "Owner", "platform")
  prefix  = "${var.name}-${terraform.workspace}"
}

resource "aws_vpc" "main" {
  cidr_block = var.vpc_cidr
  tags = merge(var.subnet_tags, {
    Name  = "${local.prefix}-vpc"
    Owner = local.owner
    AZs   = join(",", local.azs)
  })
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = element(local.azs, count.index)
  cidr_block        = local.subnets[count.index]
  tags = {
    Name = upper("${local.prefix}-${substr(local.azs[count.index], -2, -1)}")
  }
}

output "subnet_ids" {
  value = aws_subnet.private[*].id
}

output "port" {
  value = try(tonumber(var.name), 443)
}

variable "use_name_prefix" {
  type    = bool
  default = true
}

resource "aws_iam_role" "app" {
  # null leaves the name to the provider: references see it unknown, not null
  name               = var.use_name_prefix ? null : "${local.prefix}-app"
  name_prefix        = var.use_name_prefix ? "${local.prefix}-" : null
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

output "policy_name" {
  value = "${aws_iam_role.app.name}-policy"
}
