resource "aws_s3_bucket" "uploads" {
  bucket = var.bucket_name
  tags   = var.extra_tags
}

resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = var.kms_key_id
}

resource "aws_security_group" "app" {
  name = "app"

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks
    }
  }

  ingress {
    from_port   = var.port_range[0]
    to_port     = var.port_range[1]
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_iam_group_membership" "admins" {
  name  = "admins"
  group = "admins"
  users = var.admin_users
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  dynamic "rule" {
    for_each = var.lifecycle_days
    content {
      id     = rule.key
      status = "Enabled"

      filter {
        prefix = "${rule.key}/"
      }

      expiration {
        days = rule.value
      }
    }
  }
}
