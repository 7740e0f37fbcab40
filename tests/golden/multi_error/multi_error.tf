variable "name" {
  type = string
  default = "a" "b"
}

resource "aws_s3_bucket" "b" {
  bucket = [1, 2}
  tags = {
    Name = var.name
  }
}

locals {
  x = 1
  x = 2
}
