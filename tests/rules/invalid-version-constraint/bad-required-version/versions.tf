terraform {
  required_version = "1.5.x" # EXPECT: invalid-version-constraint

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
