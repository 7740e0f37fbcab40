resource "aws_s3_bucket" "assets" {
  bucket = "assets-bucket"
}
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
}
