variable "project" {
  type    = string
  default = "billing"
}

variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

locals {
  env_suffix  = lower(terraform.workspace)
  name_prefix = "${var.project}-${local.env_suffix}"
  full_name   = "${local.name_prefix}-app"
  tags        = { Name = local.full_name, Project = var.project }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = local.tags
}

# two groups that allow each other, with separate rule resources: no cycle
resource "aws_security_group" "app" {
  name   = "${local.name_prefix}-app"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "db" {
  name   = "${local.name_prefix}-db"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "app_to_db" {
  security_group_id            = aws_security_group.app.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.app.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_instance" "app" {
  ami                    = var.ami_id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]
  tags                   = local.tags

  provisioner "local-exec" {
    command = "echo ${self.private_ip} ${aws_security_group.db.id}"
  }

  lifecycle {
    postcondition {
      condition     = self.private_ip != ""
      error_message = "The instance needs a private address."
    }
  }

  depends_on = [aws_vpc_security_group_ingress_rule.db_from_app]
}

resource "aws_eip" "app" {
  instance = aws_instance.app.id
  tags     = merge(local.tags, { Instance = aws_instance.app.id })
}

data "aws_network_interface" "app" {
  id = aws_instance.app.primary_network_interface_id
}

output "app_public_ip" {
  value = aws_eip.app.public_ip
}

output "app_eni_subnet" {
  value = data.aws_network_interface.app.subnet_id
}
