module "dlq" {
  source = "./modules/dlq"
  name   = "orders"
}

# the child module's aws_sqs_queue.this is not this resource
resource "aws_sqs_queue" "this" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = module.dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "this" {
  queue_url = module.dlq.url
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this.arn]
  })
}
