resource "aws_kms_key" "data" {
  description = "data encryption"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

locals {
  key_arns = [for k in [aws_kms_key.data[0]] : k.arn] # EXPECT: unexpected-instance-key
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  dynamic "rule" {
    for_each = local.key_arns
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = rule.value
      }
    }
  }

  lifecycle {
    replace_triggered_by = [aws_kms_key.data[0].arn] # EXPECT: unexpected-instance-key
  }
}

check "encryption" {
  assert {
    condition     = aws_kms_key.data["primary"].is_enabled # EXPECT: unexpected-instance-key
    error_message = "The data key must be enabled."
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.data.arn
}
