resource "aws_s3_bucket" "primary" {
  bucket = "acme-records"
}

resource "aws_s3_bucket" "dr" {
  provider = aws.dr
  bucket   = "acme-records-dr"
}
