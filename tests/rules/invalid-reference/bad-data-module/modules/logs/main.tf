variable "region" {
  type = string
}

data "aws_caller_identity" "current" {}

resource "aws_cloudwatch_log_group" "audit" {
  name = "/audit/${var.region}/${data.aws_caller_identity.current.account_id}"

  provisioner "local-exec" {
    command = "echo created in ${path.cwd} from ${path.module_dir}" # EXPECT: invalid-reference
  }
}

output "log_group_name" {
  value = aws_cloudwatch_log_group.audit.name
}

output "caller" {
  value = data.aws_caller_identity["current"].arn # EXPECT: invalid-reference
}
