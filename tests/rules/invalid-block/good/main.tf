provider "aws" {
  region = "eu-west-1"
}

variable "topic_name" {
  type    = string
  default = "order-events"
}

locals {
  tags = {
    Team = "platform"
  }
}

resource "aws_sns_topic" "order-events" {
  name = var.topic_name
  tags = local.tags
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

data "aws_caller_identity" "current" {}

# The queue used to be declared as aws_sqs_queue.legacy_orders.
moved {
  from = aws_sqs_queue.legacy_orders
  to   = aws_sqs_queue.orders
}

import {
  to = aws_sqs_queue.orders
  id = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders"
}

removed {
  from = aws_sns_topic.deprecated

  lifecycle {
    destroy = false
  }
}

check "topic_owner" {
  assert {
    condition     = data.aws_caller_identity.current.account_id != ""
    error_message = "Could not determine the AWS account."
  }
}

output "topic_arn" {
  value = aws_sns_topic.order-events.arn
}
