variable "create_alarms" {
  type    = bool
  default = true
}

variable "availability_zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  count             = length(var.availability_zones)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.availability_zones[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

resource "aws_sns_topic" "alarms" {
  count = var.create_alarms ? 1 : 0
  name  = "alarms"
}

resource "aws_sqs_queue" "numeric_string" {
  count = "2"
  name  = "numbered-${count.index}"
}
