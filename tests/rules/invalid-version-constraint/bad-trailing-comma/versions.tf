terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0," # EXPECT: invalid-version-constraint
    }
  }
}
