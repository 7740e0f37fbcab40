variable "name" {
  type = string
}

resource "aws_iam_role" "this" {
  name               = var.name # EXPECT: iam-fixed-name
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

output "arn" {
  value = aws_iam_role.this.arn
}
