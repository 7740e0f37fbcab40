terraform {
  required_version = "~>1.9"

  required_providers {
    aws = "5.100.0"
  }
}
