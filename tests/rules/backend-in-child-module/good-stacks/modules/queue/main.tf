variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

resource "aws_sqs_queue" "dead_letter" {
  name = "${var.name}-dlq"
}

resource "aws_sqs_queue_redrive_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter.arn
    maxReceiveCount     = 5
  })
}

output "arn" {
  value = aws_sqs_queue.this.arn
}
