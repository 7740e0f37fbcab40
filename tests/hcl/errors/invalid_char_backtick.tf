resource "aws_sns_topic" "alerts" {
  name = `alerts`

  tags = {
    Environment = "prod"
  }
}
