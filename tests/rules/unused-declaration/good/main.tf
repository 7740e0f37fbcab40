locals {
  name = "app-${var.environment}"
  tags = { Environment = var.environment, Release = local.release_tag }
  # only read by other locals
  release_tag = "v${var.release}"
  hosts_file  = <<-EOT
    %{for q, t in var.queues~}
    ${q} ${t}
    %{endfor~}
  EOT
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = [var.ami_name_filter]
  }
}

data "aws_vpc" "default" {
  default = true
}

data "aws_iam_policy_document" "queue" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}

data "aws_caller_identity" "current" {}

module "queue" {
  source   = "./modules/queue"
  for_each = var.queues
  name     = "${local.name}-${each.key}"
  timeout  = each.value
  policy   = data.aws_iam_policy_document.queue.json
}

resource "aws_security_group" "app" {
  name   = local.name
  vpc_id = data.aws_vpc.default.id
  tags   = local.tags

  dynamic "ingress" {
    for_each = var.ingress_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [data.aws_vpc.default.cidr_block]
    }
  }
}

resource "aws_instance" "app" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]
  user_data              = local.hosts_file

  lifecycle {
    precondition {
      condition     = timecmp(data.aws_ami.al2023.creation_date, timeadd(plantimestamp(), "-${var.min_ami_age_days * 24}h")) <= 0
      error_message = "The AMI is too new."
    }
  }

  depends_on = [data.aws_caller_identity.current]
}

import {
  to = aws_cloudwatch_log_group.legacy
  id = var.existing_log_group
}

resource "aws_cloudwatch_log_group" "legacy" {
  name = var.existing_log_group
}

check "ami_owner" {
  # a data source scoped to a check block is part of the check
  data "aws_ami" "latest" {
    most_recent = true
    owners      = ["amazon"]
    filter {
      name   = "name"
      values = [var.ami_name_filter]
    }
  }

  assert {
    condition     = data.aws_ami.latest.id == data.aws_ami.al2023.id
    error_message = "A newer AMI is available."
  }
}

output "queue_urls" {
  value = { for k, q in module.queue : k => q.url }
}
