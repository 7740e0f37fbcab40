variable "queue_names" {
  type    = list(string)
  default = ["orders", "invoices"]
}

data "aws_sqs_queue" "existing" {
  count = length(var.queue_names)
  name  = var.queue_names[count.index]
}

locals {
  first_queue_url = data.aws_sqs_queue.existing.url # EXPECT: missing-instance-key
}

module "alarm" {
  source     = "./modules/alarm"
  queue_name = data.aws_sqs_queue.existing.name # EXPECT: missing-instance-key
}

resource "aws_sns_topic" "alerts" {
  name = "queue-alerts"

  tags = {
    FirstQueue = local.first_queue_url
    Alarm      = module.alarm.alarm_arn
  }
}
