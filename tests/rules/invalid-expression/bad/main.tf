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

locals {
  azs = ["eu-west-1a", "eu-west-1b"]
  # 16 + 20 bits is more than an IPv4 address has
  wide_subnet = cidrsubnet(var.vpc_cidr, 20, 1) # EXPECT: invalid-expression
  owner       = var.subnet_tags["Owner"]        # EXPECT: invalid-expression
}

resource "aws_vpc" "main" {
  cidr_block = var.vpc_cidr
  tags = {
    Name  = "main-${local.azs}" # EXPECT: invalid-expression
    Owner = local.owner
  }
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = element(local.azs, count.index)
  cidr_block        = local.wide_subnet
  tags = {
    Name = upper(local.azs) # EXPECT: invalid-expression
  }
}

output "first_az_suffix" {
  value = substr(local.azs[0], 12, -1)
}

output "port" {
  value = tonumber("http") # EXPECT: invalid-expression
}

variable "owner" {
  type    = string
  default = null
  validation {
    # || evaluates both sides: length(null) fails when owner is null
    condition     = var.owner == null || length(var.owner) > 0 # EXPECT: invalid-expression
    error_message = "owner must not be empty."
  }
}
