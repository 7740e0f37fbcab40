locals {
  logs = "${var.logs}-${data.aws_caller_identity.current.account_id}"
}

data "aws_caller_identity" "current" {}

# The same name under different resource types, and as a data source.
resource "aws_s3_bucket" "logs" {
  bucket = local.logs
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_s3_bucket" "logs" {
  bucket = aws_s3_bucket.logs.id
}

module "logs" {
  source = "./modules/bucket"
  name   = "${local.logs}-replica"
}

check "logs" {
  data "aws_s3_bucket" "logs_check" {
    bucket = aws_s3_bucket.logs.id
  }

  assert {
    condition     = data.aws_s3_bucket.logs_check.region != ""
    error_message = "The log bucket has no region."
  }
}
