variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name

  tags = {
    Url = aws_sqs_queue.this.url # EXPECT: self-reference
  }
}

resource "aws_sqs_queue" "shard" {
  count = 2
  name  = "${var.name}-shard-${count.index}"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.shard[count.index].arn # EXPECT: self-reference
    maxReceiveCount     = 3
  })
}

output "arn" {
  value = aws_sqs_queue.this.arn
}

output "shard_arns" {
  value = aws_sqs_queue.shard[*].arn
}
