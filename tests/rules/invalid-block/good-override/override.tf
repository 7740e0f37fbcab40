# Local development settings.
provider "aws" {
  region = "us-east-1"
}

variable "retention_seconds" {
  default = 3600
}

locals {
  queue_name = "orders-dev"
}

resource "aws_sqs_queue" "orders" {
  tags = {
    Environment = "dev"
  }
}

output "queue_url" {
  description = "URL of the development queue."
}

terraform {
  required_version = ">= 1.5.0"
}
