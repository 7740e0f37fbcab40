variable "name" {
  type = string
}

variable "queue_arn" {
  type = string
}

variable "desired_count" {
  type = number
}

resource "aws_iam_role" "this" {
  name = "${var.name}-x${var.desired_count}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "queue" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage"], Resource = var.queue_arn }]
  })
}

module "dlq" { # EXPECT: missing-module-input
  source = "../queue"
  fifo   = false
}

output "role_arn" {
  value = aws_iam_role.this.arn
}

output "dlq_arn" {
  value = module.dlq.arn
}
