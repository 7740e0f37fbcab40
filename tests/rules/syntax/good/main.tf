variable "users" {
  type = map(object({
    admin  = bool
    groups = list(string)
  }))
  default = {
    alice = { admin = true, groups = ["ops", "dev"] }
    bob   = { admin = false, groups = ["dev"] }
  }
}

variable "role_arn" {
  type    = string
  default = "arn:aws:iam::123456789012:role/deploy"
}

locals {
  admins      = [for name, u in var.users : name if u.admin]
  all_groups  = distinct(flatten([for u in values(var.users) : u.groups]))
  group_users = { for g in local.all_groups : g => [for n, u in var.users : n if contains(u.groups, g)] }
  account_id  = provider::aws::arn_parse(var.role_arn).account_id

  motd = <<-EOT
    Managed by Terraform in account ${local.account_id}.
    %{~for name in local.admins}
    admin: ${name}
    %{~endfor}
    %{if length(local.admins) == 0}no admins%{else}${length(local.admins)} admin(s)%{endif}
  EOT
}

resource "aws_iam_user" "this" {
  for_each = var.users
  name     = each.key
  path     = each.value.admin ? "/admins/" : "/users/"

  tags = {
    Groups = join(",", each.value.groups)
  }
}

resource "aws_iam_group" "this" {
  for_each = toset(local.all_groups)
  name     = each.key
}

resource "aws_iam_group_membership" "this" {
  for_each = local.group_users
  name     = "${each.key}-members"
  group    = aws_iam_group.this[each.key].name
  users    = [for n in each.value : aws_iam_user.this[n].name]
}

resource "aws_ssm_parameter" "motd" {
  name  = "/login/motd"
  type  = "String"
  value = trimspace(local.motd)
}

output "user_arns" {
  value = values(aws_iam_user.this)[*].arn
}

output "escaped" {
  value = "literal $${not_interpolated} and %%{not_a_directive} \"quoted\" \u00e9"
}
