variable "name" {
  type = string
}

module "bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws" # EXPECT: module-not-inspected
  version = "4.1.2"

  bucket = "${var.name}-assets"
}

resource "aws_cloudfront_origin_access_identity" "assets" {
  comment = "Access to ${module.bucket.s3_bucket_id}"
}
