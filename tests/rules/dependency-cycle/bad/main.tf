variable "project" {
  type    = string
  default = "billing"
}

locals {
  name_prefix = "${var.project}-${local.env_suffix}" # EXPECT: dependency-cycle
  env_suffix  = lower(local.full_name)
  full_name   = "${local.name_prefix}-app"
}

resource "aws_sqs_queue" "jobs" {
  name = local.full_name
}
