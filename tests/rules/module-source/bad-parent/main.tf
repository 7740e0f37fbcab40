module "network" {
  source     = "../modules/network" # EXPECT: module-source
  cidr_block = "10.0.0.0/16"
}

module "network_staging" {
  source     = "../../shared/modules/network" # EXPECT: module-source
  cidr_block = "10.1.0.0/16"
}

output "vpc_ids" {
  value = [module.network.vpc_id, module.network_staging.vpc_id]
}
