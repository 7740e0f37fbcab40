provider "aws" {
  region = var.region
}

variable "region" {
  type = string
}

variable "instance_count" {
  type    = number
  default = 1
}

resource "aws_instance" "web" {
  count         = var.instance_count
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
