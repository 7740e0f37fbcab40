terraform {
  required_providers { # EXPECT: duplicate-required-providers
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}
