resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

moved "rename_assets_bucket" { # EXPECT: invalid-block
  from = aws_s3_bucket.static
  to   = aws_s3_bucket.assets
}

import "assets" { # EXPECT: invalid-block
  to = aws_s3_bucket.assets
  id = "acme-assets"
}

removed "legacy_bucket" { # EXPECT: invalid-block
  from = aws_s3_bucket.legacy

  lifecycle {
    destroy = false
  }
}
