resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-build-artifacts"
}
