# aws_lambda_function.app -> module.role.role_arn -> var.function_arn
# -> aws_lambda_function.app: terraform validate reports "Cycle: ..."
resource "aws_lambda_function" "app" { # EXPECT: dependency-cycle
  function_name = "app"
  role          = module.role.role_arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/app.zip"
}

module "role" {
  source       = "./modules/role"
  function_arn = aws_lambda_function.app.arn
}
