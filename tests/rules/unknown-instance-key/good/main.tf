variable "queues" {
  type    = set(string)
  default = ["orders", "emails"]
}

resource "aws_sqs_queue" "work" {
  for_each = var.queues
  name     = each.key
}

resource "aws_sqs_queue" "dlq" {
  for_each = var.queues
  name     = "${each.key}-dlq"
}

resource "aws_sqs_queue_redrive_policy" "work" {
  for_each  = aws_sqs_queue.work
  queue_url = each.value.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = 4
  })
}

resource "aws_sns_topic" "alerts" {
  count = 2
  name  = "alerts-${count.index}"
}

output "last_topic" {
  value = aws_sns_topic.alerts[1].arn
}

output "orders_queue" {
  value = aws_sqs_queue.work["orders"].url
}

output "all_queue_urls" {
  value = { for k, q in aws_sqs_queue.work : k => q.url }
}
