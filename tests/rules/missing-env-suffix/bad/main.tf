variable "environment_suffix" {
  type    = string
  default = "pr-123"
}

locals {
  name = "orders-${var.environment_suffix}"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-orders-artifacts" # EXPECT: missing-env-suffix
}

resource "aws_sqs_queue" "work" {
  name = local.name
}

resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq" # EXPECT: missing-env-suffix
}

resource "aws_iam_role" "worker" {
  name_prefix = "orders-worker-" # EXPECT: missing-env-suffix
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}
