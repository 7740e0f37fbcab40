# Unreserved keys, including the runtime variables Lambda lets a function
# set (TZ, LANG, NODE_OPTIONS, AWS_LAMBDA_EXEC_WRAPPER), and maps only
# known after apply.

resource "aws_iam_role" "fn" {
  name_prefix        = "fn-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"

  environment {
    variables = {
      TZ                      = "Europe/Paris"
      LANG                    = "en_GB.UTF-8"
      NODE_OPTIONS            = "--enable-source-maps"
      AWS_LAMBDA_EXEC_WRAPPER = "/opt/wrapper"
      APP_REGION              = "eu-west-1"
      QUEUE_URL               = aws_sqs_queue.jobs.url
    }
  }
}
