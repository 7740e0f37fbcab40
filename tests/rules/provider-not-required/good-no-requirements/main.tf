# A small library module: its callers declare the providers.
variable "name" {
  type = string
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/${var.name}"
  retention_in_days = 30
}

output "log_group_arn" {
  value = aws_cloudwatch_log_group.this.arn
}
