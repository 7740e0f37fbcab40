# ignore_changes = [description] covers the group's own top-level
# description, not the description inside the ingress block, which still
# changes on every plan.
resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"

  ingress {
    description = "opened ${timestamp()}" # EXPECT: nondeterministic-argument
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    ignore_changes = [description]
  }
}
