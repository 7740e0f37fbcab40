resource "aws_s3_bucket" "logs" {
  bucket = "x"
}
resource "aws_s3_bucket" "b" {
}
module "m" {
}
locals {
}
