# Every line in this file ends with CRLF.
variable "region" {
  type    = string
  default = "us-east-1"
}

locals {
  tags = {
    Env  = "prod"
    Team = "platform"
  }
  ports = [
    80,
    443,
  ]
  /* block comment
     across CRLF lines */
  name = "web-${var.region}" // trailing comment
}

resource "aws_instance" "web" {
  ami           = "ami-123456"
  instance_type = "t3.micro"
  tags          = local.tags
}
