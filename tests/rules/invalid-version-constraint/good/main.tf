provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "state" {
  description         = "Terraform state encryption"
  enable_key_rotation = true
}
