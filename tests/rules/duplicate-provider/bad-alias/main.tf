resource "aws_acm_certificate" "cdn" {
  provider          = aws.us_east_1
  domain_name       = "cdn.example.com"
  validation_method = "DNS"
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-static-assets"
}
