locals {
  name_prefix = "${var.project_name}-${var.environment}"
  common_tags = {
    Project     = var.project_name
    Environment = var.environment
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket = "${local.name_prefix}-uploads"
  tags   = local.common_tags
}

resource "aws_sqs_queue" "jobs" {
  name                       = "${local.name_prefix}-jobs"
  visibility_timeout_seconds = 30
  tags                       = local.commmon_tags
}

resource "aws_iam_role" "lambda" {
  name = "${local.name_prefix}-lambda-execution-role-for-thumbnail-generation-v2"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "resize" {
  function_name = "${local.name_prefix}-resize"
  role          = aws_iam_role.lambda.arn
  handler       = "handler.main"
  runtime       = "python3.12"
  filename      = "${path.module}/build/resize.zip"
  timeout       = 60

  environment {
    variables = {
      BUCKET     = aws_s3_bucket.uploads.bucket
      QUEUE      = aws_sqs_queue.jobs.url
      AWS_REGION = var.region
    }
  }

  tags = local.common_tags
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.resize.arn
  batch_size       = var.batch_size
}

resource "aws_cloudwatch_log_group" "resize" {
  name              = "/aws/lambda/${aws_lambda_function.resize.function_name}"
  retention_in_days = 14
  tags              = local.common_tags
}

module "notifications" {
  source      = "./modules/notifications"
  name_prefix = local.name_prefix
  email       = var.alarm_email
  queue_arn   = aws_sqs_queue.jobs.arn
}
