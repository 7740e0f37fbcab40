region = "eu-west-1" # EXPECT: invalid-block

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sns_topic" "events" {
  name = "events"
}
