locals {
  common_tags = { # EXPECT: duplicate-declaration
    Project = "acme"
  }
}

resource "aws_sns_topic" "alerts" {
  name = "${local.name_prefix}-alerts"
  tags = local.common_tags
}
