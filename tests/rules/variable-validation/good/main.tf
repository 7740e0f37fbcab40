variable "environment" {
  type    = string
  default = "prod"
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "retention_days" {
  type = number
  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90], var.retention_days)
    error_message = "retention_days must be a CloudWatch Logs retention period."
  }
}

variable "alarm_email" {
  type    = string
  default = null
  validation {
    condition     = var.alarm_email == null || can(regex("@", var.alarm_email))
    error_message = "alarm_email must be an e-mail address."
  }
}

module "queue" {
  source     = "./modules/queue"
  queue_name = "orders-${var.environment}"
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${var.environment}"
  retention_in_days = var.retention_days
  tags = {
    AlarmEmail = coalesce(var.alarm_email, "none")
  }
}
