variable "name" {
  type = string
}

resource "aws_sns_topic" "this" {
  name = var.name
}

ouptut "arn" { # EXPECT: invalid-block
  value = aws_sns_topic.this.arn
}
