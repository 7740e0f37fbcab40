# Identifiers containing dashes (and underscores/digits), vs. subtraction.
locals {
  my-name          = "web"
  multi-dash-name  = 1
  trailing-dash-   = 2
  under_and-dash   = 3
  name2-v3         = 4
  ref-dash         = local.my-name
  subtract_spaced  = local.multi-dash-name - 1
  dash_ident_ref   = var.some-var
  in_template      = "${local.my-name}-suffix"
  obj = {
    key-with-dash = "value"
    another-key   = local.under_and-dash
  }
}

variable "instance-type" {
  type    = string
  default = "t3.micro"
}

resource "aws_instance" "web-server" {
  ami           = "ami-123456"
  instance_type = var.instance-type
  tags = {
    Name = local.my-name
  }
}

output "web-server-id" {
  value = aws_instance.web-server.id
}

custom-block "x" {
  attr-name = 1
}
