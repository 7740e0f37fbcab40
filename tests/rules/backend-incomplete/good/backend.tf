terraform {
  backend "s3" {
    bucket  = "acme-terraform-state"
    key     = "api/terraform.tfstate"
    region  = "eu-west-1"
    encrypt = true
  }
}
