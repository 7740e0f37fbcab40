variable "admin_users" {
  type    = set # EXPECT: invalid-type unformatted
  default = []
}

resource "aws_iam_group_membership" "admins" {
  name  = "admins"
  group = "admins"
  users = var.admin_users
}
