variable "name" {
  type = string
}

# The path is resolved from modules/app, not from the repository root.
module "network" {
  source     = "./modules/network" # EXPECT: module-source
  cidr_block = "10.0.0.0/16"
}

resource "aws_ecs_cluster" "this" {
  name = var.name
}

output "vpc_id" {
  value = module.network.vpc_id
}
