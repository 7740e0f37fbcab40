terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "name" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = var.name # EXPECT: unformatted
  force_destroy   = true
}
