resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  user_data = <<-EOT
    #!/bin/bash
    yum install -y httpd
    systemctl start httpd
}
