variable "queue_name" {
  type = string
}

resource "aws_cloudwatch_metric_alarm" "depth" {
  for_each            = toset(["warning", "critical"])
  alarm_name          = "${var.queue_name}-${each.key}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 300
  statistic           = "Average"
  threshold           = each.key == "critical" ? 1000 : 100
  dimensions = {
    QueueName = var.queue_name
  }
}

output "alarm_arn" {
  value = aws_cloudwatch_metric_alarm.depth.arn # EXPECT: missing-instance-key
}
