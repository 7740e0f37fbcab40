# A module without the suffix variable is not held to the convention.
resource "aws_sqs_queue" "work" {
  name = "orders"
}
