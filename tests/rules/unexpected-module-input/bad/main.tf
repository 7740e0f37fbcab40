module "vpc" {
  source = "./modules/vpc"

  cidr_block          = "10.0.0.0/16"
  enable_dns_hostname = true  # EXPECT: unexpected-module-input
  nat_gateway         = false # EXPECT: unexpected-module-input
}

output "vpc_id" {
  value = module.vpc.vpc_id
}
