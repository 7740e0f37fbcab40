variable "function_arn" {
  type = string
}

resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = { ArnLike = { "aws:SourceArn" = var.function_arn } }
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
