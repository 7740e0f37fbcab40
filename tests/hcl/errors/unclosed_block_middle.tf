variable "region" {
  type    = string
  default = "us-west-2"

variable "instance_type" {
  type    = string
  default = "t3.small"
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = var.instance_type
}

output "app_id" {
  value = aws_instance.app.id
}
