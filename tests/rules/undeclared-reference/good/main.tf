locals {
  name = "app-${var.environment}"
  tags = {
    Environment = var.environment
    Workspace   = terraform.workspace
  }
  # names bound by for expressions are not references
  subnet_names = { for key, subnet in var.subnets : key => "${local.name}-${subnet.az}" }
  az_list      = [for s in values(var.subnets) : s.az]
  rendered     = <<-EOT
    %{for name, value in local.tags~}
    ${name}=${value}
    %{endfor~}
  EOT
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = merge(local.tags, { Name = local.name })
}

resource "aws_subnet" "this" {
  for_each          = var.subnets
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value.cidr
  availability_zone = each.value.az
  tags              = merge(local.tags, { Name = local.subnet_names[each.key] })
}

resource "aws_security_group" "web" {
  name   = "${local.name}-web"
  vpc_id = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.ingress
    iterator = rule
    content {
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = "tcp"
      cidr_blocks = rule.value.cidrs
      description = "rule ${rule.key}"
    }
  }

  dynamic "egress" {
    for_each = [0]
    content {
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "-1"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_instance" "web" {
  count                  = var.instance_count
  ami                    = data.aws_ami.al2023.id
  instance_type          = "t3.micro"
  subnet_id              = values(aws_subnet.this)[count.index % length(aws_subnet.this)].id
  vpc_security_group_ids = [aws_security_group.web.id]
  user_data              = local.rendered
  tags                   = merge(local.tags, { Name = "${local.name}-${count.index}" })

  provisioner "local-exec" {
    command = "echo ${self.private_ip} ${path.module}"
  }

  lifecycle {
    ignore_changes        = [tags["LastPatched"], user_data]
    replace_triggered_by  = [aws_security_group.web.id]
    create_before_destroy = true

    postcondition {
      condition     = self.instance_state != "terminated"
      error_message = "Instance ${self.id} is terminated."
    }
  }

  depends_on = [aws_vpc.main]
}

check "azs" {
  assert {
    condition     = length(local.az_list) == length(aws_subnet.this)
    error_message = "Every subnet must be in its own zone."
  }
}

output "instance_ips" {
  value = aws_instance.web[*].private_ip
}

output "subnet_ids" {
  value = { for k, s in aws_subnet.this : k => s.id }
}

output "first_instance" {
  value = try(aws_instance.web[0].id, null)
}
