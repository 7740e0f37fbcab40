# ignore_changes = [ingress] ignores the whole ingress block, including the
# timestamp in its description: terraform plans no change for it.
resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"

  ingress {
    description = "opened ${timestamp()}"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    ignore_changes = [ingress]
  }
}
