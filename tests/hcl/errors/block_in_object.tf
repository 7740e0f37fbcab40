resource "aws_security_group" "web" {
  name = "web"

  ingress = {
    from_port = 80
    to_port   = 80
    protocol  = "tcp"
    timeouts {
      create = "5m"
    }
  }
}
