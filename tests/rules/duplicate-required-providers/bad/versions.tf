terraform {
  required_version = ">= 1.5.0"

  required_providers { # EXPECT: duplicate-required-providers
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
