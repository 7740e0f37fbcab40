resouce "aws_s3_bucket" "uploads" { # EXPECT: invalid-block
  bucket = "acme-uploads"
}

resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"
}
