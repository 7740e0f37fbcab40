provider "aws" {
  region = "eu-west-1"
}

resource "random_password" "db" { # EXPECT: provider-not-required
  length  = 32
  special = false
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "aws_secretsmanager_secret" "db" {
  name = "db-password-${random_id.suffix.hex}"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
