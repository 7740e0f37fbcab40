variable "bucket_names" {
  type    = list(string)
  default = ["logs", "assets"]
}

variable "queues" {
  type = map(object({
    delay = optional(number, 0)
  }))
  default = {
    orders = {}
    emails = { delay = 5 }
  }
}

resource "aws_s3_bucket" "named" {
  for_each = toset(var.bucket_names)
  bucket   = "acme-${each.key}"
}

resource "aws_sqs_queue" "work" {
  for_each      = var.queues
  name          = each.key
  delay_seconds = each.value.delay
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "named" {
  # static keys, apply-time values: fine
  for_each = {
    main = aws_vpc.main.id
  }
  vpc_id = each.value
}

resource "aws_sqs_queue_policy" "work" {
  for_each  = aws_sqs_queue.work
  queue_url = each.value.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = []
  })
}
