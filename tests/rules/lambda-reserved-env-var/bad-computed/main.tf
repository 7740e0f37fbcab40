# Reserved keys that come from locals, merge(), for expressions and module
# inputs: reported at the key where it is written in the argument, else at
# the argument.

variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  common_env = {
    LOG_LEVEL          = "info"
    AWS_DEFAULT_REGION = var.region
  }
  passthrough = ["AWS_LAMBDA_FUNCTION_NAME", "STAGE"]
}

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "acme-artifacts"
  s3_key        = "worker.zip"

  environment {
    variables = local.common_env # EXPECT: lambda-reserved-env-var
  }
}

resource "aws_lambda_function" "api" {
  for_each      = toset(["a", "b"])
  function_name = "api-${each.key}"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"

  environment {
    variables = merge(
      { for k in local.passthrough : k => lower(k) }, # EXPECT: lambda-reserved-env-var
      { AWS_SESSION_TOKEN = "x" },                    # EXPECT: lambda-reserved-env-var
    )
  }
}
