variable "project" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "${var.project}-${var.environment