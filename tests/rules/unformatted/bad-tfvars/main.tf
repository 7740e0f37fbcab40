terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs-${var.region}"
}
