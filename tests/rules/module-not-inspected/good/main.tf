module "vpc" {
  source = "./modules/vpc"

  name = "main"
  cidr = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = module.vpc.vpc_id
}
