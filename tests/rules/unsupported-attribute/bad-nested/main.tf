resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
  }

  lifecycle {
    ignore_changes = [tags, ami_id] # EXPECT: unsupported-attribute
  }
}

output "root_volume" {
  value = aws_instance.web.root_block_device[0].size # EXPECT: unsupported-attribute
}
