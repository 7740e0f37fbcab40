resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<EOT
#!/bin/bash
echo hello > /tmp/hello
EOT
}

output "user_data" {
  value = <<EOT
configured
EOT