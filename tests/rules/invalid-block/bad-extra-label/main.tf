variable "tags" "common" { # EXPECT: invalid-block
  type    = map(string)
  default = {}
}

resource "aws_sns_topic" "events" {
  name = "events"
}
