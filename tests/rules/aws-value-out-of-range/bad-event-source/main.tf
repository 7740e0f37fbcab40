# Event source mappings: batch sizes that depend on what the mapping reads.

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "consumer" {
  function_name = "consumer"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "consumer.zip"
}

resource "aws_sqs_queue" "orders" {
  name       = "orders.fifo"
  fifo_queue = true
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

# A FIFO queue, found through the reference: at most 10.
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.consumer.arn
  batch_size       = 100 # EXPECT: aws-value-out-of-range
}

# A standard queue: more than 10 needs a batching window.
resource "aws_lambda_event_source_mapping" "events" {
  event_source_arn = aws_sqs_queue.events.arn
  function_name    = aws_lambda_function.consumer.arn
  batch_size       = 500 # EXPECT: aws-value-out-of-range
}

# A FIFO queue named by its ARN.
resource "aws_lambda_event_source_mapping" "legacy" {
  event_source_arn = "arn:aws:sqs:eu-west-1:123456789012:legacy.fifo"
  function_name    = aws_lambda_function.consumer.arn
  batch_size       = 20 # EXPECT: aws-value-out-of-range
}

resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 1
}

resource "aws_lambda_event_source_mapping" "clicks" {
  event_source_arn                   = aws_kinesis_stream.clicks.arn
  function_name                      = aws_lambda_function.consumer.arn
  starting_position                  = "LATEST"
  batch_size                         = 20000 # EXPECT: aws-value-out-of-range
  parallelization_factor             = 12    # EXPECT: aws-value-out-of-range
  maximum_batching_window_in_seconds = 600   # EXPECT: aws-value-out-of-range
  maximum_retry_attempts             = -2    # EXPECT: aws-value-out-of-range
  maximum_record_age_in_seconds      = 30    # EXPECT: aws-value-out-of-range
}
