provider "aws" {
  region = var.region
}

variable "region" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
