terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "queue_name" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "${var.queue_name}" # EXPECT: unformatted
}
