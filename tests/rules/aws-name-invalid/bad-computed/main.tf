# Names AWS rejects once they are evaluated: built from variables, locals,
# format(), join(), conditionals, count.index and each.key.

variable "environment" {
  type    = string
  default = "production"
}

variable "team" {
  type    = string
  default = "payments-platform-engineering"
}

locals {
  prefix = "${var.team}-${var.environment}"
  queues = {
    settlements = "settlement-events"
    refunds     = "refund_events"
  }
}

# local.prefix alone is 40 characters: "-lambda-execution" makes the role 57,
# and the policy suffix pushes it past 64.
resource "aws_iam_role" "lambda" {
  name               = "${local.prefix}-lambda-execution-policy-role" # EXPECT: aws-name-invalid, iam-fixed-name
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "worker" {
  function_name = format("%s-%s-worker-%s", var.team, var.environment, "settlements-and-refunds") # EXPECT: aws-name-invalid
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "acme-artifacts"
  s3_key        = "worker.zip"
}

resource "aws_s3_bucket" "exports" {
  bucket = join("-", ["Payments", var.environment, "exports"]) # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "archive" {
  bucket = var.environment == "production" ? "payments_archive" : "payments-archive-${var.environment}" # EXPECT: aws-name-invalid
}

# count: the third queue's name (index 2) gets the .fifo suffix without
# being a FIFO queue.
resource "aws_sqs_queue" "shards" {
  count = 3
  name  = count.index == 2 ? "shard-${count.index}.fifo" : "shard-${count.index}" # EXPECT: aws-name-invalid
}

# for_each: "refund_events" is fine for SQS but not for an SNS FIFO topic
# without .fifo.
resource "aws_sns_topic" "events" {
  for_each   = local.queues
  name       = each.value # EXPECT: aws-name-invalid
  fifo_topic = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "${var.environment}-sessions-${var.team}" # EXPECT: aws-name-invalid
  description          = "sessions"
  node_type            = "cache.t4g.micro"
}

resource "aws_cloudwatch_log_group" "worker" {
  name = "/aws/lambda/${upper(var.environment)}:worker" # EXPECT: aws-name-invalid
}
