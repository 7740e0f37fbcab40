resource "aws_sqs_queue" "jobs" {
  name                       "jobs" # EXPECT: syntax
  visibility_timeout_seconds = 60
}
