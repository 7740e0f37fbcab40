terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "alerts/terraform.tfstate"
    region = "eu-west-1"
  }
}
