module "network" {
  source     = "./modules/netwrok" # EXPECT: module-source
  cidr_block = "10.0.0.0/16"
}

output "vpc_id" {
  value = module.network.vpc_id
}
