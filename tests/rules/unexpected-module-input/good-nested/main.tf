module "vpc" {
  source = "./modules/vpc"

  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

output "vpc_id" {
  value = module.vpc.vpc_id
}
