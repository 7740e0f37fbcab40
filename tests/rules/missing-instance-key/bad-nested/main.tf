variable "environments" {
  type    = set(string)
  default = ["dev", "prod"]
}

resource "aws_security_group" "env" {
  for_each = var.environments
  name     = "env-${each.key}"
}

resource "aws_security_group" "shared" {
  name = "shared"

  dynamic "ingress" {
    for_each = aws_security_group.env.id != "" ? [443] : [] # EXPECT: missing-instance-key
    content {
      from_port       = ingress.value
      to_port         = ingress.value
      protocol        = "tcp"
      security_groups = [for sg in aws_security_group.env : sg.id]
    }
  }

  lifecycle {
    precondition {
      condition     = length(aws_security_group.env.name) > 0 # EXPECT: missing-instance-key
      error_message = "Environment groups must exist first."
    }
  }
}

check "groups" {
  assert {
    condition     = aws_security_group.env.vpc_id == aws_security_group.shared.vpc_id # EXPECT: missing-instance-key
    error_message = "All groups must be in one VPC."
  }
}

output "summary" {
  value = "shared=${aws_security_group.shared.id} prod=${aws_security_group.env.arn}" # EXPECT: missing-instance-key
}
