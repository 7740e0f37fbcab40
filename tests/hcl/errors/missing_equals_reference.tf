variable "subnet_id" {
  type = string
}

resource "aws_instance" "web" {
  ami       = "ami-0c55b159cbfafe1f0"
  subnet_id var.subnet_id
}
