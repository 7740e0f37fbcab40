# Written for Terraform 0.11.
variable "environment" {
  type    = "string" # EXPECT: invalid-type unformatted
  default = "dev"
}

variable "availability_zones" {
  type    = "list" # EXPECT: invalid-type
  default = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_ebs_volume" "data" {
  availability_zone = var.availability_zones[0]
  size              = 20

  tags = {
    Environment = var.environment
  }
}
