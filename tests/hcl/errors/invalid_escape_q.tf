resource "aws_ssm_parameter" "greeting" {
  name  = "/app/greeting"
  type  = "String"
  value = "hello\qworld"
}
