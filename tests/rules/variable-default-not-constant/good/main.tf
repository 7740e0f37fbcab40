locals {
  bucket_name = coalesce(var.optional_arn, replace(var.name_template, "$${project}", var.project))
}

resource "aws_s3_bucket" "artifacts" {
  bucket = local.bucket_name
  tags   = var.settings.labels
}

resource "aws_s3_bucket_lifecycle_configuration" "artifacts" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.artifacts.id

  dynamic "rule" {
    for_each = var.settings.prefixes
    content {
      id     = "expire-${rule.key}"
      status = "Enabled"
      filter {
        prefix = rule.value
      }
      expiration {
        days = var.settings.retention_days + var.offset + 1
      }
    }
  }
}

resource "aws_iam_role" "reader" {
  name                 = "${var.project}-reader"
  max_session_duration = var.session_seconds
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  description = var.policy_template
}
