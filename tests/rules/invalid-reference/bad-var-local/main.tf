variable "name" {
  type    = string
  default = "reports"
}

locals {
  suffix = "prod"
}

resource "aws_s3_bucket" "reports" {
  bucket = "${var["name"]}-${local.suffix}" # EXPECT: invalid-reference
}

output "all_locals" {
  value = local # EXPECT: invalid-reference
}

output "name" {
  value = var.name
}
