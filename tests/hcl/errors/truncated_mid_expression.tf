variable "vpc_cidr" {
  type = string
}

locals {
  base_cidr = var.vpc_cidr
  subnets   = cidrsubnet(local.base_cidr, 8, 1) +