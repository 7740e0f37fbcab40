variable "name" {
  type    = string
  default = "reports"
}

locals {
  policy_file = "${path.modules}/policies/read.json" # EXPECT: invalid-reference
  suffix      = terraform.workspaces                 # EXPECT: invalid-reference
}

resource "aws_s3_bucket" "reports" {
  bucket = "${var.name}-${local.suffix}"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = file(local.policy_file)
}

output "all_modules" {
  value = module # EXPECT: invalid-reference
}

output "bucket" {
  value = aws_s3_bucket # EXPECT: invalid-reference
}

output "bucket_by_key" {
  value = aws_s3_bucket["reports"].arn # EXPECT: invalid-reference
}
