resource "aws_sns_topic" "event" { # EXPECT: invalid-block
  name = "events-dev"
}

locals {
  suffix = "dev" # EXPECT: invalid-block
}
