variable "retries" {
  type    = number
  default = 3
}

locals {
  max_attempts = local.max_attempts + var.retries # EXPECT: dependency-cycle
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  redrive_policy = jsonencode({
    deadLetterTargetArn = "arn:aws:sqs:eu-west-1:123456789012:jobs-dlq"
    maxReceiveCount     = local.max_attempts
  })
}
