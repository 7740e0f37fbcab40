terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> v5.0" # EXPECT: invalid-version-constraint
    }
  }
}
