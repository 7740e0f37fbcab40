# Developer overrides: smaller and cheaper.
variable "instance_type" {
  default = "t3.micro"
}

locals {
  name = "api-dev"
}

resource "aws_instance" "api" {
  tags = {
    Name        = local.name
    Environment = "dev"
  }
}

output "api_private_ip" {
  description = "Private IP of the dev API instance."
}
