terraform {
  backend "s4" { # EXPECT: backend-invalid
    bucket = "acme-terraform-state"
    key    = "alerts/terraform.tfstate"
    region = "eu-west-1"
  }
}
