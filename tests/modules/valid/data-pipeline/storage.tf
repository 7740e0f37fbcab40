data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

# One trust policy per AWS service that assumes a pipeline role.
data "aws_iam_policy_document" "assume" {
  for_each = toset(["firehose", "glue", "states", "events"])

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["${each.key}.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

locals {
  prefix = "${var.project}-${var.environment}"

  tags = {
    Project     = var.project
    Environment = var.environment
    DataDomain  = "analytics"
  }

  # Bucket names are global, so the account ID keeps them unique.
  bucket_names = {
    for zone in keys(var.bucket_settings) :
    zone => "${local.prefix}-${zone}-${data.aws_caller_identity.current.account_id}"
  }

  lifecycle_zones = {
    for zone, s in var.bucket_settings : zone => s
    if s.expire_days != null || s.glacier_after != null || s.ia_after_days != null
  }
}

resource "aws_s3_bucket" "lake" {
  for_each = var.bucket_settings

  bucket        = local.bucket_names[each.key]
  force_destroy = each.value.force_destroy

  tags = { Zone = each.key }
}

resource "aws_s3_bucket_public_access_block" "lake" {
  for_each = aws_s3_bucket.lake

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "lake" {
  for_each = aws_s3_bucket.lake

  bucket = each.value.id

  versioning_configuration {
    status = var.bucket_settings[each.key].versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lake" {
  for_each = aws_s3_bucket.lake

  bucket = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "lake" {
  for_each = local.lifecycle_zones

  bucket = aws_s3_bucket.lake[each.key].id

  rule {
    id     = "${each.key}-tiering"
    status = "Enabled"

    filter {}

    dynamic "transition" {
      for_each = {
        for class, days in { STANDARD_IA = each.value.ia_after_days, GLACIER = each.value.glacier_after } :
        class => days if days != null
      }

      content {
        days          = transition.value
        storage_class = transition.key
      }
    }

    dynamic "expiration" {
      for_each = each.value.expire_days == null ? [] : [each.value.expire_days]

      content {
        days = expiration.value
      }
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.lake]
}

resource "aws_s3_bucket_notification" "raw" {
  bucket      = aws_s3_bucket.lake["raw"].id
  eventbridge = true
}

resource "aws_dynamodb_table" "runs" {
  name         = "${local.prefix}-pipeline-runs"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "run_id"

  attribute {
    name = "run_id"
    type = "S"
  }

  attribute {
    name = "status"
    type = "S"
  }

  attribute {
    name = "started_at"
    type = "S"
  }

  global_secondary_index {
    name               = "status-started_at-index"
    hash_key           = "status"
    range_key          = "started_at"
    projection_type    = "INCLUDE"
    non_key_attributes = ["run_id"]
  }

  point_in_time_recovery {
    enabled = true
  }
}
