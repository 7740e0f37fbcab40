locals {
  name = "events"

  tags { # EXPECT: invalid-block
    Team = "platform"
  }
}

resource "aws_sns_topic" "events" {
  name = local.name
}
