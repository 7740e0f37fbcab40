variable "queue_name" {
  type = string
  validation {
    condition     = startswith(var.queue_name, "orders-")
    error_message = "queue_name must start with orders-."
  }
}

resource "aws_sqs_queue" "this" {
  name = var.queue_name
}
