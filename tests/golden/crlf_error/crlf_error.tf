resource "aws_instance" "web" {
  ami = "ami-1" x = 2
}
