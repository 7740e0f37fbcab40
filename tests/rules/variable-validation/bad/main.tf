variable "environment" { # EXPECT: variable-validation
  type    = string
  default = "production"
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "owner_email" {
  type = string
  validation {
    condition     = can(regex("^[^@]+@[^@]+$", var.owner_email))
    error_message = "owner_email must be an e-mail address."
  }
}

module "queue" {
  source     = "./modules/queue"
  queue_name = "payments-jobs" # EXPECT: variable-validation
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${var.environment}"
  retention_in_days = 30
  tags = {
    Owner = var.owner_email
  }
}
