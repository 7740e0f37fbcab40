variable "existing_buckets" {
  type    = map(string)
  default = { assets = "acme-assets-prod", media = "acme-media-prod" }
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.imported["assets"].arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identiy.current.account_id}:root"] # EXPECT: undeclared-reference
    }
  }
}

import {
  for_each = var.existing_buckets
  to       = aws_s3_bucket.imported[each.key]
  id       = each.value
}

resource "aws_s3_bucket" "imported" {
  for_each = var.existing_buckets
  bucket   = each.value
}

import {
  to = aws_s3_bucket.legacy
  id = var.legacy_bucket_name # EXPECT: undeclared-reference
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.imported["assets"].id
  policy = data.aws_iam_policy_document.read.json
}

check "account" {
  data "aws_s3_bucket" "probe" {
    bucket = aws_s3_bucket.legacyy.bucket # EXPECT: undeclared-reference
  }

  assert {
    condition     = data.aws_s3_bucket.probe.region == "eu-west-1"
    error_message = "Legacy bucket for ${data.aws_caller_identity.current.account_id} must be in eu-west-1."
  }
}
