variable "alarm" {
  type = object(string) # EXPECT: invalid-type
  default = {
    threshold = "80"
  }
}

variable "dimensions" {
  type    = map(string, number) # EXPECT: invalid-type
  default = {}
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "cpu-high"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = var.alarm.threshold
  comparison_operator = "GreaterThanThreshold"
  dimensions          = var.dimensions
}
