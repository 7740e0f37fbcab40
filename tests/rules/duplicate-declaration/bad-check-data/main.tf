terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_s3_bucket" "website" {
  bucket = "acme-website"
}

check "website_bucket_versioned" {
  data "aws_s3_bucket" "website" { # EXPECT: duplicate-declaration
    bucket = "acme-website"
  }

  assert {
    condition     = data.aws_s3_bucket.website.bucket_regional_domain_name != ""
    error_message = "The website bucket has no regional domain name."
  }
}

output "website_domain" {
  value = data.aws_s3_bucket.website.bucket_domain_name
}
