provider "aws" {
  region = "eu-west-1"
  alias  = "ireland"

  default_tags {
    tags = {
      Team = "platform"
    }
  }
}

resource "aws_sqs_queue" "jobs" {
  provider                   = aws.ireland
  name                       = "jobs"
  visibility_timeout_seconds = 60
  message_retention_seconds  = 86400

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }
}

# ingress is a list of objects that may be written as blocks, or dynamically.
resource "aws_security_group" "web" {
  name = "web"

  dynamic "ingress" {
    for_each = [80, 443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
