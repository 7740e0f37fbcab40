# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.67.0"
  constraints = ">= 4.0.0"
  hashes = [
    "h1:5Kq9lnMPrD6eXXMDn7UnG1CSOCMEiYdDG0Uq8RbHX3Q=",
    "zh:0375fac51aa7d0e58cd2e4a7cdfd2f1dbe4c00bb7c0e8d3c9c8da0ac4be1e36c",
  ]
}
