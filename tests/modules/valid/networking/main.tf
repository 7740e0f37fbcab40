data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  prefix = "${var.name}-${var.environment}"
  azs    = slice(data.aws_availability_zones.available.names, 0, var.az_count)

  common_tags = merge(var.tags, {
    Environment = var.environment
    ManagedBy   = "terraform"
    Stack       = var.name
  })

  # One entry per (tier, availability zone) pair, keyed "tier-az".
  subnets = merge([
    for tier_name, tier in var.subnet_tiers : {
      for idx, az in local.azs : "${tier_name}-${az}" => {
        tier     = tier_name
        az       = az
        public   = tier.public
        nat      = tier.nat
        cidr     = cidrsubnet(var.vpc_cidr, tier.newbits, tier.offset * 4 + idx)
        map_ipv4 = coalesce(tier.map_ipv4, tier.public)
        tags     = tier.tags
      }
    }
  ]...)

  public_subnets   = { for k, s in local.subnets : k => s if s.public }
  private_subnets  = { for k, s in local.subnets : k => s if !s.public }
  nat_subnets      = { for k, s in local.private_subnets : k => s if s.nat }
  isolated_subnets = { for k, s in local.private_subnets : k => s if !s.nat }

  # The first public subnet of each AZ hosts that AZ's NAT gateway.
  public_subnet_by_az = { for k, s in local.public_subnets : s.az => k... }
  nat_subnet_by_az    = { for k, s in local.nat_subnets : s.az => k... }

  nat_gateway_count = (
    var.nat_gateway_mode == "none" ? 0 :
    var.nat_gateway_mode == "single" ? 1 : var.az_count
  )

  gateway_endpoints = toset(["s3", "dynamodb"])
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = { Name = local.prefix }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id

  tags = { Name = "${local.prefix}-igw" }
}

resource "aws_subnet" "public" {
  for_each = local.public_subnets

  vpc_id                  = aws_vpc.this.id
  cidr_block              = each.value.cidr
  availability_zone       = each.value.az
  map_public_ip_on_launch = each.value.map_ipv4

  tags = merge(each.value.tags, {
    Name = "${local.prefix}-${each.key}"
    Tier = each.value.tier
  })
}

resource "aws_subnet" "private" {
  for_each = local.private_subnets

  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value.cidr
  availability_zone = each.value.az

  tags = merge(each.value.tags, {
    Name = "${local.prefix}-${each.key}"
    Tier = each.value.tier
  })
}

resource "aws_eip" "nat" {
  count  = local.nat_gateway_count
  domain = "vpc"

  tags = { Name = "${local.prefix}-nat-${local.azs[count.index]}" }

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  count = local.nat_gateway_count

  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[local.public_subnet_by_az[local.azs[count.index]][0]].id

  tags = { Name = "${local.prefix}-nat-${local.azs[count.index]}" }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }

  tags = { Name = "${local.prefix}-public" }
}

resource "aws_route_table_association" "public" {
  for_each = aws_subnet.public

  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table" "private" {
  for_each = toset(local.azs)

  vpc_id = aws_vpc.this.id

  tags = { Name = "${local.prefix}-private-${each.key}" }
}

resource "aws_route" "private_nat" {
  for_each = local.nat_gateway_count > 0 ? aws_route_table.private : {}

  route_table_id         = each.value.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[min(index(local.azs, each.key), local.nat_gateway_count - 1)].id
}

resource "aws_route_table_association" "private" {
  for_each = local.nat_subnets

  subnet_id      = aws_subnet.private[each.key].id
  route_table_id = aws_route_table.private[each.value.az].id
}

resource "aws_route_table" "isolated" {
  vpc_id = aws_vpc.this.id

  tags = { Name = "${local.prefix}-isolated" }
}

resource "aws_route_table_association" "isolated" {
  for_each = local.isolated_subnets

  subnet_id      = aws_subnet.private[each.key].id
  route_table_id = aws_route_table.isolated.id
}
