variable "region" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-module-logs-${var.region}"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.logs.arn
}
