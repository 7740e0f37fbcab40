locals {
  function_arn = aws_lambda_function.app.arn # EXPECT: dependency-cycle
}
