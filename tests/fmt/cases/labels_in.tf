resource aws_s3_bucket logs {
  bucket = "x"
}
resource "aws_s3_bucket" /* c */ "b" {
}
module m {
}
locals {
}
