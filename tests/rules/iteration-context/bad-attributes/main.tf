variable "users" {
  type    = map(string)
  default = { alice = "/engineering/", bob = "/finance/" }
}

variable "rules" {
  type    = list(number)
  default = [80, 443]
}

resource "aws_iam_user" "this" {
  for_each = var.users
  name     = each.name # EXPECT: iteration-context
  path     = each.value
}

data "aws_iam_policy_document" "deny" {
  count = 2
  statement {
    sid       = "Deny${count.idx}" # EXPECT: iteration-context
    effect    = "Deny"
    actions   = ["s3:DeleteObject"]
    resources = ["*"]
  }
}

resource "aws_security_group" "web" {
  name = "web"

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = each.value # EXPECT: iteration-context
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

check "deny_policies" {
  assert {
    condition     = length(data.aws_iam_policy_document.deny) > count.index # EXPECT: iteration-context
    error_message = "Expected deny policies."
  }
}

import {
  to = aws_iam_user.this["alice"]
  id = each.key # EXPECT: iteration-context
}

output "user_arns" {
  value = { for k, u in aws_iam_user.this : k => u.arn }
}

output "sg" {
  value = aws_security_group.web.id
}
