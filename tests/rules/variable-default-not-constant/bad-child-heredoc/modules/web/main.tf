variable "name" {
  type = string
}

variable "ami_id" {
  type    = string
  default = data.aws_ami.al2023.id # EXPECT: variable-default-not-constant
}

variable "user_data" {
  type    = string
  default = <<-EOT
    #!/bin/bash
    echo "starting ${var.name}"
    systemctl start app
  EOT
}

variable "security_group_ids" {
  type    = list(string)
  default = [aws_security_group.web.id] # EXPECT: variable-default-not-constant
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_security_group" "web" {
  name = var.name
}

resource "aws_instance" "web" {
  ami                    = coalesce(var.ami_id, data.aws_ami.al2023.id)
  instance_type          = "t3.micro"
  user_data              = var.user_data
  vpc_security_group_ids = var.security_group_ids
}

output "instance_id" {
  value = aws_instance.web.id
}
