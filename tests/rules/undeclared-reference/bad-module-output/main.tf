module "net" {
  source = "./modules/net"

  cidr_block = "10.20.0.0/16"
  name       = "core"
}

module "edge" {
  source   = "./modules/net"
  for_each = toset(["a", "b"])

  cidr_block = each.key == "a" ? "10.30.0.0/16" : "10.31.0.0/16"
  name       = "edge-${each.key}"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = module.net.vpc_idd # EXPECT: undeclared-reference
}

output "edge_vpc_ids" {
  value = { for k, m in module.edge : k => m.vpc_id }
}

output "edge_a_subnets" {
  value = module.edge["a"].subnet_idz # EXPECT: undeclared-reference
}

output "net_subnets" {
  value = module.net.private_subnet_ids
}
