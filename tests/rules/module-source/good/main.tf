module "network" {
  source     = "./modules/network"
  cidr_block = "10.0.0.0/16"
}

module "network_staging" {
  source     = "./modules/network/"
  cidr_block = "10.1.0.0/16"
}

output "vpc_ids" {
  value = [module.network.vpc_id, module.network_staging.vpc_id]
}
