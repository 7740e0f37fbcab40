# module "vpc" was installed by terraform init; module "bastion" was added later.
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.8"

  name = "main"
  cidr = "10.0.0.0/16"
}

module "bastion" {
  source  = "terraform-aws-modules/ec2-instance/aws" # EXPECT: module-not-inspected
  version = "~> 5.6"

  name      = "bastion"
  subnet_id = "subnet-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = module.vpc.vpc_id
}

output "bastion_id" {
  value = module.bastion.id
}
