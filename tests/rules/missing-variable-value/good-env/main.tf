variable "region" {
  type    = string
  default = "eu-west-1"
}

# the test environment sets TF_VAR_from_env
variable "from_env" {
  type = string
}

resource "aws_ssm_parameter" "marker" {
  name  = "/deploy/source"
  type  = "String"
  value = var.from_env
}
