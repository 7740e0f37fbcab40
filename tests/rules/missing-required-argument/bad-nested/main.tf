resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "customer"
    type = "S"
  }

  global_secondary_index { # EXPECT: missing-required-argument
    name     = "by-customer"
    hash_key = "customer"
  }
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb_listener" "http" { # EXPECT: missing-required-argument
  load_balancer_arn = aws_lb.web.arn
  port              = 80
}
