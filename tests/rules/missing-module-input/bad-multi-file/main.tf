resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

module "web_alarm" {
  source        = "./modules/alarm"
  name          = "web"
  sns_topic_arn = aws_sns_topic.alerts.arn
}

module "worker_alarm" { # EXPECT: missing-module-input
  source    = "./modules/alarm"
  count     = 3
  name      = "worker-${count.index}"
  threshold = 90

  depends_on = [aws_sns_topic.alerts]
}

output "alarm_arns" {
  value = concat([module.web_alarm.alarm_arn], module.worker_alarm[*].alarm_arn)
}
