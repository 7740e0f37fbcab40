# Local experiments: keep state on disk instead of in HCP Terraform.
terraform {
  backend "local" {
    path = "local.tfstate"
  }
}
