provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
