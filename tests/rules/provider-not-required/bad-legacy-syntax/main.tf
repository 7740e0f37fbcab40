resource "aws_lambda_function" "handler" {
  function_name    = "handler"
  role             = "arn:aws:iam::123456789012:role/lambda"
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = data.archive_file.handler.output_path
  source_code_hash = data.archive_file.handler.output_base64sha256
}

data "archive_file" "handler" { # EXPECT: provider-not-required
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/build/handler.zip"
}
