variable "name" {
  type = string
}

variable "timeout" {
  type = number
}

variable "policy" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name                       = var.name
  visibility_timeout_seconds = var.timeout
}

resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.url
  policy    = var.policy
}

output "url" {
  value = aws_sqs_queue.this.url
}
