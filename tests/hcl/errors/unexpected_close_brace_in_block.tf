resource "aws_security_group" "db" {
  name = "db-sg"

  ingress {
    from_port = 5432
    to_port   = 5432
    protocol  = "tcp"
  }
  }

  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
  }
}
