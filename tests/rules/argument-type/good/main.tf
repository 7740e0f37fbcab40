variable "memory" {
  type    = number
  default = 256
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "worker.zip"
  # Terraform converts these: a numeric string to a number, "true" to a bool,
  # a number to a string.
  memory_size = "512"
  publish     = "true"
  timeout     = var.memory > 128 ? 30 : 10
  description = 42
  layers      = ["arn:aws:lambda:eu-west-1:123456789012:layer:deps:1"]

  environment {
    variables = {
      LOG_LEVEL = "info"
      RETRIES   = 3
    }
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  tags = { Team = "platform" }
}
