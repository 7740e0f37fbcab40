# terraform.env was removed in Terraform 0.12; terraform validate rejects it
# with 'Invalid "terraform" attribute'.
resource "aws_s3_bucket" "state" {
  bucket = "acme-state-${terraform.env}" # EXPECT: invalid-reference
}

output "workspace" {
  value = terraform.workspace
}
