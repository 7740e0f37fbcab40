variable "name" {
  type = string
}

locals {
  build_stamp = formatdate("YYYYMMDDhhmm", timestamp())
}

resource "aws_ssm_parameter" "build" {
  name  = "/builds/${var.name}/latest"
  type  = "String"
  value = local.build_stamp # EXPECT: nondeterministic-argument
}

resource "aws_security_group" "builders" {
  name = "${var.name}-builders"

  dynamic "egress" {
    for_each = [443, 80]
    content {
      description = "opened at ${local.build_stamp}" # EXPECT: nondeterministic-argument
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

output "project_name" {
  value = aws_ssm_parameter.build.name
}
