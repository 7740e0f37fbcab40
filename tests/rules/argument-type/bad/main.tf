resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "worker.zip"
  memory_size   = "lots"                                               # EXPECT: argument-type
  publish       = "yes"                                                # EXPECT: argument-type
  layers        = "arn:aws:lambda:eu-west-1:123456789012:layer:deps:1" # EXPECT: argument-type
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  tags = ["team", "platform"] # EXPECT: argument-type
}
