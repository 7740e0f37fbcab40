variable "db_password" {
  type      = string
  sensitive = true
  default   = "example-only"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-artifacts-${uuid()}" # EXPECT: nondeterministic-argument

  tags = {
    CreatedAt = timestamp() # EXPECT: nondeterministic-argument
    Owner     = "platform"
  }
}

resource "aws_ssm_parameter" "db_password_hash" {
  name  = "/app/db/password-hash"
  type  = "SecureString"
  value = bcrypt(var.db_password) # EXPECT: nondeterministic-argument
}

resource "aws_cloudwatch_log_group" "deploys" {
  name = "/deploys/${formatdate("YYYYMMDD", plantimestamp())}" # EXPECT: nondeterministic-argument
}

resource "aws_security_group" "app" {
  name = "app"

  ingress {
    description = "added ${timestamp()}" # EXPECT: nondeterministic-argument
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
