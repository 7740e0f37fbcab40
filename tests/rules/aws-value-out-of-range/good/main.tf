# Values inside the accepted ranges, at their edges, computed, or unknown.

variable "memory" {
  type    = number
  default = 10240
}

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "api" {
  count         = 2
  function_name = "api-${count.index}"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"
  memory_size   = count.index == 0 ? 128 : var.memory
  timeout       = 900

  ephemeral_storage {
    size = 10240
  }
}

resource "aws_sqs_queue" "orders" {
  name                       = "orders.fifo"
  fifo_queue                 = true
  visibility_timeout_seconds = 43200
  message_retention_seconds  = 1209600
  delay_seconds              = 0
  receive_wait_time_seconds  = 20
  max_message_size           = 262144
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.api[0].arn
  batch_size       = 10
}

resource "aws_lambda_event_source_mapping" "events" {
  event_source_arn                   = aws_sqs_queue.events.arn
  function_name                      = aws_lambda_function.api[0].arn
  batch_size                         = 1000
  maximum_batching_window_in_seconds = 5
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/api"
  retention_in_days = 731
}

resource "aws_kms_key" "data" {
  description             = "data"
  deletion_window_in_days = 30
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

# Only known after apply: not checked.
resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 1
  retention_period = length(aws_kms_key.data.arn)
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "db"
  recovery_window_in_days = 0
}
