variable "name" {
  type = string
}

module "logs" {
  source = "../logging"
  name   = var.name
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

output "log_group_name" {
  value = module.logs.log_group_name
}
