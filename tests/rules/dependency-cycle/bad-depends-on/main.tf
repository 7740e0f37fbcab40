resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_sns_topic" "uploads" {
  name = "uploads"
}

resource "aws_sns_topic_policy" "uploads" { # EXPECT: dependency-cycle
  arn = aws_sns_topic.uploads.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.uploads.arn
      Condition = { ArnLike = { "aws:SourceArn" = aws_s3_bucket.uploads.arn } }
    }]
  })

  # wrong way round: the notification needs the policy, not the reverse
  depends_on = [aws_s3_bucket_notification.uploads]
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  topic {
    topic_arn = aws_sns_topic.uploads.arn
    events    = ["s3:ObjectCreated:*"]
  }

  depends_on = [aws_sns_topic_policy.uploads]
}

locals {
  retention_days = local.archive_after + 30 # EXPECT: dependency-cycle
  archive_after  = local.retention_days - 60
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    id     = "archive"
    status = "Enabled"
    filter {}
    transition {
      days          = local.archive_after
      storage_class = "GLACIER"
    }
    expiration {
      days = local.retention_days
    }
  }
}
