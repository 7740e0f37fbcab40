terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "build/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
}
