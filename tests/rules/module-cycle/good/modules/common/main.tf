variable "name" {
  type = string
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/ecs/${var.name}"
}

output "log_group_name" {
  value = aws_cloudwatch_log_group.this.name
}
