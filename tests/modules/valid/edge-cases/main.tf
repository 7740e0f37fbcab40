data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

locals {
  prefix = "${var.name}-${var.environment}-${terraform.workspace}"

  # try() and can() over values that may be missing.
  public_bucket_key = try([for k, b in var.buckets : k if b.public][0], null)
  has_public_bucket = can(var.buckets[local.public_bucket_key])

  # The iteration variables deliberately share names with resource types and
  # with the "data" keyword: inside the for they are plain local symbols.
  eips_by_instance = {
    for aws_instance in aws_instance.web : aws_instance.id => [
      for aws_eip in aws_eip.web : aws_eip.public_ip if aws_eip.instance == aws_instance.id
    ]
  }

  lifecycle_buckets = {
    for bucket, data in var.buckets : bucket => data.lifecycle_rules
    if length(data.lifecycle_rules) > 0
  }

  transition_summary = flatten([
    for bucket, rules in local.lifecycle_buckets : [
      for rule in rules : [
        for aws_s3_bucket in rule.transitions : "${bucket}/${rule.id}: ${aws_s3_bucket.storage_class} after ${aws_s3_bucket.days}d"
      ]
    ]
  ])

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    dnf install -y nginx
    %{~for proto, port in var.ports}
    echo "listen ${port}; # ${proto}" >> /etc/nginx/conf.d/ports.conf
    %{~endfor}
    %{if var.environment == "prod"~}
    echo "worker_processes auto;" > /etc/nginx/conf.d/workers.conf
    %{else~}
    echo "worker_processes 1;" > /etc/nginx/conf.d/workers.conf
    %{endif~}
    echo "literal $${HOME} and %%{ not a directive }" > /etc/motd
    systemctl enable --now nginx
  EOT
}

resource "aws_security_group" "web" {
  name_prefix = "${local.prefix}-web-"
  description = "Web tier"
  vpc_id      = data.aws_vpc.default.id

  dynamic "ingress" {
    for_each = var.ports
    iterator = port

    content {
      description = "${upper(port.key)} from allowed networks"
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = var.allowed_cidrs
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

    precondition {
      condition     = length(var.allowed_cidrs) > 0 || var.environment != "prod"
      error_message = "Production web ports must be restricted to known networks."
    }
  }
}

resource "terraform_data" "config_version" {
  input = sha256(local.user_data)
}

resource "terraform_data" "deployed_at" {
  triggers_replace = timestamp()
  input            = aws_instance.web[*].id
}

resource "aws_instance" "web" {
  count = var.instance_count

  ami                    = data.aws_ssm_parameter.al2023.insecure_value
  instance_type          = "t3.micro"
  subnet_id              = element(data.aws_subnets.default.ids, count.index)
  vpc_security_group_ids = [aws_security_group.web.id]
  user_data              = local.user_data

  metadata_options {
    http_tokens = "required"
  }

  tags = {
    Name      = "${local.prefix}-web-${count.index}"
    CreatedAt = timestamp()
  }

  connection {
    type  = "ssh"
    user  = "ec2-user"
    host  = self.public_ip
    agent = true
  }

  provisioner "file" {
    destination = "/tmp/instance.env"
    content     = <<EOT
INSTANCE_ID=${self.id}
INSTANCE_INDEX=${count.index}
EOT
  }

  provisioner "remote-exec" {
    inline = ["cloud-init status --wait", "sudo mv /tmp/instance.env /etc/instance.env"]
  }

  provisioner "local-exec" {
    command = "echo '${self.private_ip} ${self.tags["Name"]}' >> ${path.module}/inventory.txt"
  }

  provisioner "local-exec" {
    when       = destroy
    on_failure = continue
    command    = "echo 'retiring ${self.id}'"
  }

  lifecycle {
    ignore_changes       = [ami, tags["CreatedAt"]]
    replace_triggered_by = [terraform_data.config_version]

    postcondition {
      condition     = self.instance_state == "running"
      error_message = "Instance ${self.id} did not reach the running state."
    }
  }
}

resource "aws_eip" "web" {
  count = var.instance_count

  domain   = "vpc"
  instance = aws_instance.web[count.index].id

  depends_on = [aws_instance.web]
}

resource "aws_ssm_parameter" "db_password" {
  name   = "/${var.name}/${var.environment}/db-password"
  type   = "SecureString"
  value  = var.db_password
  key_id = "alias/aws/ssm"

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_cloudwatch_metric_alarm" "status_check" {
  # Keys must be known at plan time, so they come from the count, not the IDs.
  for_each = { for idx, inst in aws_instance.web : "web-${idx}" => inst.id }

  alarm_name          = "${local.prefix}-${each.key}-status"
  namespace           = "AWS/EC2"
  metric_name         = "StatusCheckFailed"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions          = { InstanceId = each.value }
}
