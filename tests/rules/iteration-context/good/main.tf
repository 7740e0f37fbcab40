variable "users" {
  type = map(object({
    path   = string
    groups = list(string)
  }))
  default = {
    alice = { path = "/engineering/", groups = ["dev"] }
    bob   = { path = "/finance/", groups = ["billing", "readonly"] }
  }
}

variable "zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

resource "aws_iam_user" "this" {
  for_each = var.users
  name     = each.key
  path     = each.value.path

  lifecycle {
    replace_triggered_by = [terraform_data.user_revision[each.key]]

    postcondition {
      condition     = self.name == each.key
      error_message = "User ${each.key} was created as ${self.name}."
    }
  }
}

resource "terraform_data" "user_revision" {
  for_each         = var.users
  triggers_replace = each.value.groups
}

module "user_policy" {
  source   = "./modules/user"
  for_each = aws_iam_user.this
  name     = each.value.name
  groups   = var.users[each.key].groups
}

data "aws_subnet" "by_zone" {
  count             = length(var.zones)
  availability_zone = var.zones[count.index]
  default_for_az    = true
}

resource "aws_instance" "worker" {
  count         = length(var.zones)
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = data.aws_subnet.by_zone[count.index].id

  tags = {
    Name = format("worker-%02d", count.index + 1)
  }

  lifecycle {
    precondition {
      condition     = count.index < 10
      error_message = "Too many workers (${count.index})."
    }
  }

  provisioner "remote-exec" {
    inline = ["echo worker ${count.index} at ${self.private_ip}"]

    connection {
      type = "ssh"
      host = self.private_ip
      user = "ec2-user"
    }
  }
}

output "user_arns" {
  value = { for name, user in aws_iam_user.this : name => user.arn }
}

output "policy_names" {
  value = [for m in module.user_policy : m.policy_name]
}

output "worker_ips" {
  value = aws_instance.worker[*].private_ip
}
