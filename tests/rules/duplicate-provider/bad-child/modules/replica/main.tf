provider "aws" {
  region = "eu-central-1"
}

provider "aws" { # EXPECT: duplicate-provider
  region = "eu-north-1"
}

variable "bucket" {
  type = string
}

resource "aws_s3_bucket" "replica" {
  bucket = "${var.bucket}-replica"
}
