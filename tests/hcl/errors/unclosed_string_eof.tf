resource "aws_s3_bucket" "logs" {
  bucket = "my-company-logs"
}

output "bucket" {
  value = "my-company-logs