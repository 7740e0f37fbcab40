variable "name" {
  type = string
}

variable "fifo" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "this" {
  name       = var.fifo ? "${var.name}-primary-queue.fifo" : "${var.name}-primary-queue" # EXPECT: aws-name-invalid
  fifo_queue = var.fifo
}

output "url" {
  value = aws_sqs_queue.this.url
}
