variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

# provisioner references are dependencies too: terraform validate reports
# "Cycle: aws_instance.web, aws_eip.web"
resource "aws_instance" "web" { # EXPECT: dependency-cycle
  ami           = var.ami_id
  instance_type = "t3.micro"

  provisioner "local-exec" {
    command = "echo ${aws_eip.web.public_ip} >> inventory.txt"
  }
}

resource "aws_eip" "web" {
  instance = aws_instance.web.id
}
