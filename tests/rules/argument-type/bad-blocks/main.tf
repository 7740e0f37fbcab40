resource "aws_s3_bucket" "b" {
  bucket = "example-argument-type-blocks"

  tags { # EXPECT: argument-type
    Team = "platform"
  }
}

resource "aws_dynamodb_table" "t" {
  name         = "tasks"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute    = [{ name = "id", type = "S" }] # EXPECT: argument-type
}

resource "aws_sqs_queue" "q" {
  name = "q"
}

resource "aws_lambda_event_source_mapping" "m" {
  function_name    = "worker"
  event_source_arn = aws_sqs_queue.q.arn

  scaling_config {
    maximum_concurrency = 10
  }

  scaling_config { # EXPECT: argument-type
    maximum_concurrency = 20
  }
}
