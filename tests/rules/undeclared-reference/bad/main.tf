variable "environment" {
  type    = string
  default = "staging"
}

variable "bucket_prefix" {
  type    = string
  default = "acme"
}

locals {
  common_tags = {
    Environment = var.environment
    Team        = "platform"
  }
  bucket_name = "${var.bucket_prefx}-${var.environment}-logs" # EXPECT: undeclared-reference
}

resource "aws_s3_bucket" "logs" {
  bucket = local.bucket_name
  tags   = local.comon_tags # EXPECT: undeclared-reference
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.log.id # EXPECT: undeclared-reference

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.log_policy.json # EXPECT: undeclared-reference
}

output "bucket_arn" {
  value = aws_s3_bucket.logs.arn
}

output "prefix" {
  value = var.bucket_prefix
}

output "network_vpc" {
  value = module.network.vpc_id # EXPECT: undeclared-reference
}

output "tags" {
  value = local.common_tags
}
