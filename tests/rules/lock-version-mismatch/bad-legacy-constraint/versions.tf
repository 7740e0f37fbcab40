terraform {
  required_providers {
    aws = ">= 5.50"
  }
}
