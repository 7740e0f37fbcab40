data "aws_caller_identity" "current" {} # EXPECT: duplicate-declaration

resource "aws_s3_bucket" "state" {
  bucket = "terraform-state-${data.aws_caller_identity.current.account_id}-${data.aws_region.current.name}"
}
