provider "aws" {
  region = "eu-west-1"
}

data "aws_ami" "al2023" {
  provider    = aws.replica # EXPECT: undefined-provider-alias
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_instance" "standby" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}
