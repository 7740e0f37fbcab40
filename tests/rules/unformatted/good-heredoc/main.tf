terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "name" {
  type = string
}

resource "aws_iam_role" "app" {
  name = var.name
  # heredoc contents are never reformatted
  assume_role_policy = <<-EOT
    {
        "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]
    }
  EOT
}
