variable "worker_count" {
  type    = number
  default = -1
}

locals {
  shards = 5 / 2
}

resource "aws_sqs_queue" "workers" {
  count = var.worker_count # EXPECT: invalid-count
  name  = "worker-${count.index}"
}

resource "aws_sns_topic" "shards" {
  count = local.shards # EXPECT: invalid-count
  name  = "shard-${count.index}"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "per_route" {
  # the VPC id is known only after apply
  count      = length(aws_vpc.main.id) # EXPECT: invalid-count
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
}

resource "aws_sqs_queue" "disabled" {
  count = null # EXPECT: invalid-count
  name  = "disabled"
}
