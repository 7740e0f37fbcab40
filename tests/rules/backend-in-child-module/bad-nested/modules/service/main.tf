variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

module "alarms" {
  source     = "./modules/alarms"
  queue_name = aws_sqs_queue.this.name
}
