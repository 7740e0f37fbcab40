variable "security_groups" {
  type = map(object({
    description = string
    ports       = list(number)
  }))
  default = {
    web = { description = "Web tier", ports = [80, 443] }
    db  = { description = "Database tier", ports = [5432] }
  }
}

variable "existing_groups" {
  type    = map(string)
  default = { legacy = "sg-0123456789abcdef0" }
}

resource "aws_security_group" "tier" {
  for_each    = var.security_groups
  name        = "tier-${each.key}"
  description = each.value.description

  dynamic "ingress" {
    for_each = each.value.ports
    iterator = port
    content {
      description = "${each.key} port ${port.value}"
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

import {
  for_each = var.existing_groups
  to       = aws_security_group.imported[each.key]
  id       = each.value
}

resource "aws_security_group" "imported" {
  for_each    = var.existing_groups
  name        = each.key
  description = "Imported ${each.key}"
}

data "aws_security_group" "lookup" {
  for_each = aws_security_group.tier
  id       = each.value.id

  lifecycle {
    postcondition {
      condition     = self.name == "tier-${each.key}"
      error_message = "Security group ${self.id} is not the ${each.key} tier."
    }
  }
}

output "tier_arns" {
  value = { for k, sg in data.aws_security_group.lookup : k => sg.arn }
}

output "imported_ids" {
  value = [for sg in aws_security_group.imported : sg.id]
}
