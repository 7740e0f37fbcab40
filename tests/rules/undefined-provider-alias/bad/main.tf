resource "aws_acm_certificate" "cdn" {
  provider          = aws.useast1 # EXPECT: undefined-provider-alias
  domain_name       = "cdn.example.com"
  validation_method = "DNS"
}

resource "aws_cloudfront_origin_access_control" "assets" {
  provider                          = aws.us_east_1
  name                              = "assets"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
