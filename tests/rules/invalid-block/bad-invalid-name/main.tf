resource "aws_cognito_user_pool" "users" {
  name              = "users"
  mfa_configuration = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }
}

output "user_pool.id" { # EXPECT: invalid-block
  value = aws_cognito_user_pool.users.id
}
