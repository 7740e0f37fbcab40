variable "vpc_id" {
  type = string
}

variable "name" {
  type = string
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

output "security_group_id" {
  value = aws_security_group.this.id
}
