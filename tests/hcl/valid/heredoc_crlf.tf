# Heredocs in a file with CRLF line endings.
locals {
  crlf_heredoc = <<EOT
line one
line two ${var.x}
EOT

  crlf_indented = <<-EOT
    indented one
    indented two
  EOT
}

resource "aws_instance" "web" {
  ami       = "ami-123456"
  user_data = <<-EOF
    #!/bin/bash
    echo "crlf"
  EOF
}
