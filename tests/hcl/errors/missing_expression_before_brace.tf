resource "aws_eip" "web" {
  instance = aws_instance.web.id
}

output "instance_ip" {
  description = "Public IP of the web server"
  value       =
}
