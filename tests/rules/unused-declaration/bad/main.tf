locals {
  name     = "app-${var.environment}"
  old_name = "legacy-${var.environment}" # EXPECT: unused-declaration
  tags     = { Environment = var.environment }
}

data "aws_caller_identity" "current" {} # EXPECT: unused-declaration

data "aws_region" "current" {}

resource "aws_s3_bucket" "app" {
  bucket = "${local.name}-${data.aws_region.current.name}"
  tags   = local.tags
}
