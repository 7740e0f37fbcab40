locals {
  allowed_cidrs = ["10.0.0.0/8"]
  port_rules    = { for p in var.ingress_ports : tostring(p) => var.ingres_cidr } # EXPECT: undeclared-reference
}

resource "aws_security_group" "web" {
  name = "web"

  dynamic "ingress" {
    for_each = local.port_rules
    content {
      from_port   = tonumber(ingress.key)
      to_port     = tonumber(ingress.key)
      protocol    = "tcp"
      cidr_blocks = local.allowed_cidr # EXPECT: undeclared-reference
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = local.allowed_cidrs
  }
}

resource "aws_instance" "web" {
  count                  = var.instance_cont # EXPECT: undeclared-reference
  ami                    = var.ami_id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]

  provisioner "local-exec" {
    command = "echo ${self.private_ip} >> ${local.inventory_file}" # EXPECT: undeclared-reference
  }

  lifecycle {
    replace_triggered_by = [aws_launch_template.web.id] # EXPECT: undeclared-reference
  }

  depends_on = [aws_iam_role.web] # EXPECT: undeclared-reference
}

check "web_reachable" {
  assert {
    condition     = length(aws_instance.web) == var.instance_count
    error_message = "Expected ${var.instance_count} instances, found ${length(aws_instance.webs)}." # EXPECT: undeclared-reference
  }
}

output "web_ips" {
  value = [for i in aws_instance.web : i.private_ip if i.public_ip != local.nat_ip] # EXPECT: undeclared-reference
}
