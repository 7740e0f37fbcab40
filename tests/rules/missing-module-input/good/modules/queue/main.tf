variable "name" {
  type = string
}

variable "retention_seconds" {
  type = number
}

variable "fifo" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "this" {
  name                      = var.fifo ? "${var.name}.fifo" : var.name
  fifo_queue                = var.fifo
  message_retention_seconds = var.retention_seconds
}

output "arn" {
  value = aws_sqs_queue.this.arn
}
