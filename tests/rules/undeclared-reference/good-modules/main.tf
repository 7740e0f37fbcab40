locals {
  regions = {
    primary   = "10.10.0.0/16"
    secondary = "10.20.0.0/16"
  }
}

module "net" {
  source     = "./modules/net"
  for_each   = local.regions
  name       = each.key
  cidr_block = each.value
}

module "bastion_sg" {
  source = "./modules/sg"
  count  = 1
  vpc_id = module.net["primary"].vpc_id
  name   = "bastion"
}

output "vpc_ids" {
  value = { for name, net in module.net : name => net.vpc_id }
}

output "primary_subnets" {
  value = module.net["primary"].subnet_ids
}

output "bastion_sg_id" {
  value = module.bastion_sg[0].security_group_id
}

output "all_sg_ids" {
  value = module.bastion_sg[*].security_group_id
}

output "net_module_path" {
  value = path.root
}
