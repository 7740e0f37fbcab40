variable "name" {
  type = string
}

variable "instance_type" {
  type = string
}

variable "tags" {
  type = map(string)
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_instance" "this" {
  ami           = data.aws_ami.al2023.id
  instance_type = var.instance_type
  tags          = merge(var.tags, { Name = var.name })
}

output "id" {
  value = aws_instance.this.id
}
