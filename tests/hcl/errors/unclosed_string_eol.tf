resource "aws_s3_bucket" "logs" {
  bucket = "my-company-logs
  acl    = "private"

  tags = {
    Environment = "prod"
  }
}
