# Local development: keep state on disk instead of S3.
terraform {
  backend "local" {
    path = "terraform.tfstate"
  }
}
