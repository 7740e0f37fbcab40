variable "name" {
  type = string
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/app/${var.name}"
}

module "frontend" { # EXPECT: module-cycle
  source = "../a"
  name   = "${var.name}-frontend"
}
