data "aws_iam_policy_doc" "assume" { # EXPECT: unknown-resource-type unused-declaration
}

data "aws_caller_identity" "current" {}

output "account" {
  value = data.aws_caller_identity.current.account_id
}
