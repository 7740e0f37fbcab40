resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery { # EXPECT: missing-required-argument
    enable = true          # EXPECT: unsupported-argument
  }

  ttl_settings { # EXPECT: unsupported-argument
    attribute_name = "expires_at"
  }
}

resource "aws_security_group" "web" {
  name = "web"

  dynamic "ingres" { # EXPECT: unsupported-argument
    for_each = [80, 443]
    content {
      from_port   = ingres.value
      to_port     = ingres.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
