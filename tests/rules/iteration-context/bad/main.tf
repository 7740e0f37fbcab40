variable "queues" {
  type    = map(number)
  default = { orders = 30, invoices = 60 }
}

resource "aws_sqs_queue" "dlq" {
  name = "dlq-${count.index}" # EXPECT: iteration-context
}

resource "aws_sqs_queue" "main" {
  for_each                   = var.queues
  name                       = each.key
  visibility_timeout_seconds = each.value
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue_policy" "main" {
  queue_url = aws_sqs_queue.main[each.key].id # EXPECT: iteration-context
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = []
  })
}

locals {
  queue_names = [for k, v in var.queues : "${k}-${count.index}"] # EXPECT: iteration-context
}

output "queue_names" {
  value = local.queue_names
}

output "current_queue" {
  value = each.value # EXPECT: iteration-context
}
