# Top-level and in-block attributes with various expression types.
region      = "us-east-1"
count_limit = 3
enabled     = true
ratio       = 0.75
nothing     = null
list_attr   = ["a", "b"]
map_attr    = { env = "prod" }
ref_attr    = var.instance_type
tpl_attr    = "prefix-${var.name}"

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfcdb0f0"
  instance_type = "t3.micro"
  count         = 2
  monitoring    = false
  ebs_optimized = var.ebs_optimized
  tags = {
    Name = "web"
  }
  user_data=file("init.sh")
  key_name   =   "deployer"
}

locals {
  a = 1
  b = local.a
}
