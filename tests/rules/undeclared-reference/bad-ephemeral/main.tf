terraform {
  required_version = ">= 1.10"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "secret_id" {
  type    = string
  default = "prod/db"
}

# Terraform 1.10 ephemeral resources: read at plan and apply, never stored in state.
ephemeral "aws_secretsmanager_secret_version" "db" {
  secret_id = var.secret_id
}

locals {
  credentials = jsondecode(ephemeral.aws_secretsmanager_secret_version.database.secret_string) # EXPECT: undeclared-reference
}

# a provider configuration may use ephemeral values
provider "aws" {
  alias      = "app"
  region     = "eu-west-1"
  access_key = local.credentials["access_key"]
  secret_key = local.credentials["secret_key"]
}

resource "aws_s3_bucket" "reports" {
  provider = aws.app
  bucket   = "reports-${replace(var.secret_id, "/", "-")}"
}
