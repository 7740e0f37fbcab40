variable "queues" {
  type    = set(string)
  default = ["orders", "emails"]
}

resource "aws_sqs_queue" "work" {
  for_each = var.queues
  name     = each.key
}

resource "aws_sqs_queue" "dlq" {
  for_each = toset(["orders", "payments"])
  name     = "${each.key}-dlq"
}

resource "aws_sqs_queue_redrive_policy" "work" {
  for_each  = aws_sqs_queue.work
  queue_url = each.value.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn # EXPECT: unknown-instance-key
    maxReceiveCount     = 4
  })
}

resource "aws_sns_topic" "alerts" {
  count = 2
  name  = "alerts-${count.index}"
}

output "third_topic" {
  value = aws_sns_topic.alerts[2].arn # EXPECT: unknown-instance-key
}

output "billing_queue" {
  value = aws_sqs_queue.work["billing"].url # EXPECT: unknown-instance-key
}
