# Literal values outside what AWS accepts.

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"
  memory_size   = 64   # EXPECT: aws-value-out-of-range
  timeout       = 1800 # EXPECT: aws-value-out-of-range

  ephemeral_storage {
    size = 256 # EXPECT: aws-value-out-of-range
  }
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 86400 # EXPECT: aws-value-out-of-range
  message_retention_seconds  = 30    # EXPECT: aws-value-out-of-range
  delay_seconds              = 901   # EXPECT: aws-value-out-of-range
  receive_wait_time_seconds  = 30    # EXPECT: aws-value-out-of-range
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/api"
  retention_in_days = 45 # EXPECT: aws-value-out-of-range
}

resource "aws_kms_key" "data" {
  description             = "data"
  deletion_window_in_days = 3 # EXPECT: aws-value-out-of-range
}

resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 1
  retention_period = 12 # EXPECT: aws-value-out-of-range
}

resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  hash_key       = "id"
  read_capacity  = 0 # EXPECT: aws-value-out-of-range
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "db"
  recovery_window_in_days = 3 # EXPECT: aws-value-out-of-range
}
