terraform {
  # Needed the ephemeral resources preview.
  required_version = ">= 1.10.0-beta1" # EXPECT: invalid-version-constraint

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
