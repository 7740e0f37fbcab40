# IAM names fixed before apply: literals, and names computed only from
# values the configuration already knows.

variable "environment" {
  type    = string
  default = "staging"
}

locals {
  service = "billing"
}

resource "aws_iam_role" "api" {
  name               = "billing-api" # EXPECT: iam-fixed-name
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_iam_policy" "api" {
  name   = "${local.service}-${var.environment}-api" # EXPECT: iam-fixed-name
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_iam_instance_profile" "workers" {
  count = 2
  name  = format("%s-worker-%d", local.service, count.index) # EXPECT: iam-fixed-name
  role  = aws_iam_role.api.name
}

resource "aws_iam_user" "ci" {
  name = "${local.service}-ci" # EXPECT: iam-fixed-name
}

resource "aws_iam_group" "admins" {
  for_each = toset(["read", "write"])
  name     = "${local.service}-${each.key}" # EXPECT: iam-fixed-name
}
