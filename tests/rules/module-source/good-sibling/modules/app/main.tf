variable "name" {
  type = string
}

module "network" {
  source     = "../network"
  cidr_block = "10.0.0.0/16"
}

resource "aws_ecs_cluster" "this" {
  name = var.name
}

output "vpc_id" {
  value = module.network.vpc_id
}
