variable "name" {
  type = string
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/app/${var.name}"
}

module "backend" {
  source = "../b"
  name   = "${var.name}-backend"
}
