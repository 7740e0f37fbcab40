provider "aws" {
  region = "eu-west-1"
}

variable "retention_seconds" {
  type    = number
  default = 1209600
}

locals {
  queue_name = "orders"
}

resource "aws_sqs_queue" "orders" {
  name                      = local.queue_name
  message_retention_seconds = var.retention_seconds

  tags = {
    Environment = "prod"
  }
}

output "queue_url" {
  value = aws_sqs_queue.orders.url
}
