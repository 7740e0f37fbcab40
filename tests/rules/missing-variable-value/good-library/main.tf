# A library module: no provider block, no backend and no tfvars, so its
# required variables are set by whoever calls it.
variable "bucket_name" {
  type = string
}

variable "versioning" {
  type = bool
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
