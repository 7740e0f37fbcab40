terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

output "url" {
  value = aws_sqs_queue.this.url
}
