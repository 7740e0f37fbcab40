# Provider-defined functions (provider::NAME::FUNCTION) alongside builtins.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

locals {
  arn_parts   = provider::aws::arn_parse(aws_s3_bucket.this.arn)
  account_id  = provider::aws::arn_parse(var.role_arn).account_id
  built_arn   = provider::aws::arn_build("aws", "s3", "", "", var.bucket)
  tfvars_text = provider::terraform::encode_tfvars({ region = "us-east-1", count = 2 })
  tfvars_obj  = provider::terraform::decode_tfvars(file("${path.module}/x.tfvars"))
  expr_text   = provider::terraform::encode_expr([1, 2, 3])
  nested      = upper(provider::aws::arn_parse(var.arn).region)
  in_template = "acct-${provider::aws::arn_parse(var.arn).account_id}"
  multi_line = provider::aws::arn_build(
    "aws",
    "iam",
    "",
    local.account_id,
    "role/app",
  )
  expanded = provider::aws::arn_build(var.arn_parts...)
}

output "account" {
  value = provider::aws::arn_parse(var.role_arn)["account_id"]
}
