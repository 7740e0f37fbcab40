variable "environment_suffix" {
  type = string
}

locals {
  base = "orders-${var.environment_suffix}"
  name = lower(local.base)
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-${local.name}-artifacts"
}

resource "aws_sqs_queue" "dlq" {
  name = format("%s-dlq", local.name)
}

resource "aws_sqs_queue" "work" {
  # named after another resource that carries the suffix
  name = "${aws_sqs_queue.dlq.name}-main"
}

resource "aws_iam_role" "worker" {
  name_prefix = "${var.environment_suffix}-worker-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

locals {
  queues = {
    orders   = "orders-${var.environment_suffix}"
    payments = "payments-${var.environment_suffix}"
  }
  topics = toset(["events-${var.environment_suffix}", "alerts-${var.environment_suffix}"])
}

resource "aws_sqs_queue" "by_value" {
  for_each = local.queues
  name     = each.value
}

resource "aws_sns_topic" "by_key" {
  for_each = local.topics
  name     = each.key
}

# an inline policy's name is unique only within its role
resource "aws_iam_role_policy" "worker" {
  name = "inline"
  role = aws_iam_role.worker.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*" }]
  })
}
