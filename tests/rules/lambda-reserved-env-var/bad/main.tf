# Reserved keys written in the variables map.

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"

  environment {
    variables = {
      TABLE_NAME          = "orders"
      AWS_REGION          = "eu-west-1"   # EXPECT: lambda-reserved-env-var
      "AWS_ACCESS_KEY_ID" = "AKIAEXAMPLE" # EXPECT: lambda-reserved-env-var
      _HANDLER            = "index.main"  # EXPECT: lambda-reserved-env-var
      LAMBDA_TASK_ROOT    = "/var/task"   # EXPECT: lambda-reserved-env-var
    }
  }
}
