provider "aws" {
  region  = "eu-west-1"
  regoin2 = "eu-west-2" # EXPECT: unsupported-argument
}

resource "aws_sqs_queue" "jobs" {
  name                      = "jobs"
  visibility_timeout        = 60 # EXPECT: unsupported-argument
  message_retention_seconds = 86400
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  arn  = "arn:aws:sns:eu-west-1:123456789012:alerts" # EXPECT: unsupported-argument
}
