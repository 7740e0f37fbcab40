# Values AWS rejects once they are evaluated: from variables, locals,
# conditionals, arithmetic and for_each.

variable "environment" {
  type    = string
  default = "production"
}

variable "timeout_minutes" {
  type    = number
  default = 20
}

locals {
  functions = {
    small = { memory = 128 }
    huge  = { memory = 12288 }
  }
  retention = {
    production = 400
    staging    = 10
  }
}

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "workers" {
  for_each      = local.functions
  function_name = "worker-${each.key}"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "worker.zip"
  memory_size   = each.value.memory        # EXPECT: aws-value-out-of-range
  timeout       = var.timeout_minutes * 60 # EXPECT: aws-value-out-of-range
}

resource "aws_cloudwatch_log_group" "workers" {
  for_each          = toset(["production", "staging"])
  name              = "/workers/${each.key}"
  retention_in_days = local.retention[each.key] # EXPECT: aws-value-out-of-range
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = var.environment == "production" ? 50000 : 30 # EXPECT: aws-value-out-of-range
  max_message_size           = 2 * 1024 * 1024                              # EXPECT: aws-value-out-of-range
}
