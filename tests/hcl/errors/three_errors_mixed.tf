locals {
  name = "app"
  name = "api"
}

resource "aws_ssm_parameter" "path" {
  name  = "/app/path"
  type  = "String"
  value = "C:\temp\qdir"
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro";
}
