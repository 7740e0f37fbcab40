variable "instance_type" {
  type    = string
  default = "t3.large"
}

locals {
  name = "api"
}

resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.instance_type

  tags = {
    Name = local.name
  }
}

output "api_private_ip" {
  value = aws_instance.api.private_ip
}
