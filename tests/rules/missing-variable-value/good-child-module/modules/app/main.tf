# a called module: its inputs come from the module block, not from tfvars
variable "name" {
  type = string
}

variable "environment" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
  tags = { Environment = var.environment }
}

output "queue_url" {
  value = aws_sqs_queue.this.url
}
