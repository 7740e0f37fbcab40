variable "existing_buckets" {
  type    = map(string)
  default = { assets = "acme-assets-prod", media = "acme-media-prod" }
}

locals {
  legacy_bucket = "acme-legacy"
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = [for b in aws_s3_bucket.imported : "${b.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_s3_bucket" "imported" {
  for_each = var.existing_buckets
  bucket   = each.value
}

resource "aws_s3_bucket" "legacy" {
  bucket = local.legacy_bucket
}

resource "aws_s3_bucket_policy" "imported" {
  for_each = aws_s3_bucket.imported
  bucket   = each.value.id
  policy   = data.aws_iam_policy_document.read.json
}

check "legacy_region" {
  data "aws_s3_bucket" "probe" {
    bucket = aws_s3_bucket.legacy.bucket
  }

  assert {
    condition     = data.aws_s3_bucket.probe.region == "eu-west-1"
    error_message = "Bucket ${aws_s3_bucket.legacy.bucket} in account ${data.aws_caller_identity.current.account_id} must be in eu-west-1."
  }
}
