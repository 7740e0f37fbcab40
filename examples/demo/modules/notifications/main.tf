variable "name_prefix" {
  type = string
}

variable "email" {
  type = string
}

variable "queue_arn" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "${var.name_prefix}-alerts"
  tags = merge({ Queue = var.queue_arn }, {
    Purpose = "alerts"
  )
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = var.email
}

output "topic_arn" {
  value       = aws_sns_topic.alerts.arn
  description = "Where alarms are published
}
