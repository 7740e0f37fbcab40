resource "aws_ssm_parameter" "marker" {
  name  = "/app/marker"
  type  = "String"
  value = "prefix-\x41"
}
