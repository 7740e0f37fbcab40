terraform {
  backend "s3" { # EXPECT: backend-invalid
    bucket = "acme-terraform-state"
    key    = "alerts/terraform.tfstate"
    region = "eu-west-1"
  }
}
