variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.small"

  tags = {
    Name = "app-${self.id}" # EXPECT: iteration-context
  }

  lifecycle {
    precondition {
      condition     = self.instance_type != "t2.micro" # EXPECT: iteration-context
      error_message = "t2.micro is too small."
    }

    postcondition {
      condition     = self.public_ip == ""
      error_message = "The app server must not have a public address."
    }
  }

  provisioner "remote-exec" {
    inline = ["echo ${self.private_ip}"]

    connection {
      type = "ssh"
      host = self.private_ip
      user = "ec2-user"
    }
  }
}

resource "aws_eip" "app" {
  instance = self.id # EXPECT: iteration-context
}

output "app_ip" {
  value = self.private_ip # EXPECT: iteration-context
}

output "eip" {
  value = aws_eip.app.public_ip
}
