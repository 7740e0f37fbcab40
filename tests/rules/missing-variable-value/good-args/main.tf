variable "region" {
  type = string
}

variable "environment" {
  type = string
}

variable "alert_email" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts-${var.environment}"
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = var.alert_email
}
