resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_website_configuration" "site" { # EXPECT: syntax
  bucket = aws_s3_bucket.site.id

  index_document {
    suffix = "index.html"
  }
