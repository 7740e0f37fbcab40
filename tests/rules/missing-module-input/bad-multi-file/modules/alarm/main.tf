resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "${var.name}-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 300
  statistic           = "Average"
  threshold           = var.threshold
  alarm_actions       = [var.sns_topic_arn]
}

output "alarm_arn" {
  value = aws_cloudwatch_metric_alarm.cpu.arn
}
