# Saved on Windows: CRLF line endings.
resource "aws_sns_topic" "alerts" {
  name = "alerts"

  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": []
}
EOT
}
