# A realistic, mixed module file: variables, locals, data, resources, outputs.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "name" {
  description = "Name prefix for all resources."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.name))
    error_message = "The name must be 3-31 lowercase alphanumeric characters or dashes."
  }
}

variable "environment" {
  type    = string
  default = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "Environment must be one of: dev, staging, prod."
  }
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "The vpc_cidr value must be a valid CIDR block."
  }
}

variable "instance_count" {
  type    = number
  default = 2

  validation {
    condition     = var.instance_count >= 1 && var.instance_count <= 10
    error_message = "Instance count must be between 1 and 10."
  }
}

variable "ingress_rules" {
  description = "Ingress rules for the web security group."
  type = list(object({
    port        = number
    protocol    = optional(string, "tcp")
    cidr_blocks = list(string)
    description = optional(string)
  }))
  default = [
    { port = 80, cidr_blocks = ["0.0.0.0/0"] },
    { port = 443, cidr_blocks = ["0.0.0.0/0"], description = "HTTPS" },
  ]
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  is_prod     = var.environment == "prod"
  name_prefix = "${var.name}-${var.environment}"
  azs         = slice(data.aws_availability_zones.available.names, 0, 3)

  common_tags = merge(var.tags, {
    Environment = var.environment
    ManagedBy   = "terraform"
    Module      = basename(path.module)
  })

  public_subnets = {
    for i, az in local.azs : az => cidrsubnet(var.vpc_cidr, 8, i)
  }
  private_subnets = {
    for i, az in local.azs : az => cidrsubnet(var.vpc_cidr, 8, i + 100)
  }
  instance_type = local.is_prod ? "m5.large" : "t3.micro"
}

data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_ami" "amazon_linux" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags                 = merge(local.common_tags, { Name = local.name_prefix })
}

resource "aws_subnet" "public" {
  for_each                = local.public_subnets
  vpc_id                  = aws_vpc.this.id
  cidr_block              = each.value
  availability_zone       = each.key
  map_public_ip_on_launch = true
  tags                    = merge(local.common_tags, { Name = "${local.name_prefix}-public-${each.key}" })
}

resource "aws_subnet" "private" {
  for_each          = local.private_subnets
  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = each.key
  tags              = merge(local.common_tags, { Name = "${local.name_prefix}-private-${each.key}" })
}

resource "aws_security_group" "web" {
  name_prefix = "${local.name_prefix}-web-"
  vpc_id      = aws_vpc.this.id

  dynamic "ingress" {
    for_each = var.ingress_rules
    iterator = rule
    content {
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = rule.value.protocol
      cidr_blocks = rule.value.cidr_blocks
      description = rule.value.description != null ? rule.value.description : "port ${rule.value.port}"
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_iam_role" "web" {
  name               = "${local.name_prefix}-web"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_instance" "web" {
  count                  = var.instance_count
  ami                    = data.aws_ami.amazon_linux.id
  instance_type          = local.instance_type
  subnet_id              = values(aws_subnet.private)[count.index % length(local.azs)].id
  vpc_security_group_ids = [aws_security_group.web.id]

  user_data = <<-EOF
    #!/bin/bash
    echo "${local.name_prefix}-${count.index}" > /etc/hostname
    %{ if local.is_prod ~}
    systemctl enable --now amazon-cloudwatch-agent
    %{ endif ~}
  EOF

  root_block_device {
    volume_size = local.is_prod ? 50 : 20
    encrypted   = true
  }

  dynamic "ebs_block_device" {
    for_each = local.is_prod ? { data = "/dev/sdf" } : {}
    content {
      device_name = ebs_block_device.value
      volume_size = 100
      tags        = { Purpose = ebs_block_device.key }
    }
  }

  tags = merge(local.common_tags, {
    Name = format("%s-web-%02d", local.name_prefix, count.index + 1)
  })

  lifecycle {
    ignore_changes        = [ami, tags["LastPatched"]]
    create_before_destroy = true
    precondition {
      condition     = data.aws_ami.amazon_linux.architecture == "x86_64"
      error_message = "The selected AMI must be for the x86_64 architecture."
    }
  }

  depends_on = [aws_iam_role.web]
}

moved {
  from = aws_instance.server
  to   = aws_instance.web
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = [for s in aws_subnet.private : s.id]
}

output "instance_ips" {
  value     = { for i in aws_instance.web : i.id => i.private_ip }
  sensitive = false
}

output "first_instance_id" {
  value = length(aws_instance.web) > 0 ? aws_instance.web[0].id : null
}
