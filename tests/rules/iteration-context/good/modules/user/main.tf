variable "name" {
  type = string
}

variable "groups" {
  type = list(string)
}

resource "aws_iam_user_group_membership" "this" {
  user   = var.name
  groups = var.groups
}

resource "aws_iam_user_policy" "this" {
  count = length(var.groups) > 0 ? 1 : 0
  name  = "${var.name}-groups"
  user  = var.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for g in var.groups : {
      Effect   = "Allow"
      Action   = ["iam:GetGroup"]
      Resource = "arn:aws:iam::*:group/${g}"
    }]
  })
}

output "policy_name" {
  value = one(aws_iam_user_policy.this[*].name)
}
