# Indented heredocs (<<-) and heredocs whose closing marker is indented.
resource "aws_instance" "web" {
  ami           = "ami-123456"
  instance_type = "t3.micro"

  user_data = <<-EOT
    #!/bin/bash
    yum update -y
      # deeper indentation is preserved relative to the minimum
    systemctl start httpd
  EOT

  tags = {
    Note = <<-NOTE
        eight spaces
      six spaces
        NOTE
  }
}

locals {
  plain_indented_close = <<EOT
not stripped
    EOT

  empty_indented = <<-EOT
  EOT

  tabs = <<-EOT
	tab indented line
	EOT
}
