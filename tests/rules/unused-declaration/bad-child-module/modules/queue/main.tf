variable "name" {
  type = string
}

variable "tags" { # EXPECT: unused-declaration
  type    = map(string)
  default = {}
}

locals {
  dlq_name    = "${var.name}-dlq"
  dlq_pattern = "arn:aws:sqs:*:*:${local.dlq_name}" # EXPECT: unused-declaration
}

data "aws_partition" "current" {} # EXPECT: unused-declaration

resource "aws_sqs_queue" "this" {
  name = var.name
}

output "url" {
  value = aws_sqs_queue.this.url
}
