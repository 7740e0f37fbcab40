provider "aws" {
  region = "eu-west-1"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws" # EXPECT: module-not-inspected
  version = "latest"                        # EXPECT: invalid-version-constraint

  name = "main"
  cidr = "10.0.0.0/16"
}

output "vpc_id" {
  value = module.vpc.vpc_id
}
