module "vpc" {
  source  = "terraform-aws-modules/vpc/aws" # EXPECT: module-not-inspected
  version = "~> 5.8"

  name            = "main"
  cidr            = "10.0.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b"]
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24"]
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = module.vpc.vpc_id
}
