# Blocks with zero, one, two and three labels; quoted and bare labels.
terraform {
  required_version = ">= 1.5"
}

locals {
  zero_labels = true
}

variable "region" {
  type = string
}

variable bare_label {
  type = number
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
}

resource aws_s3_bucket assets {
  bucket = "my-assets"
}

resource "aws_s3_bucket" bare_and_quoted {
  bucket = "mixed"
}

custom_block "one" two "three" {
  nested_block {
    inner "label-with-dash" {
      value = 1
    }
  }
}
