variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name   = var.name
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": []
}
