module "policy" {
  source = "./modules/policy"
  count  = 2
  name   = "reader-${count.index}"
}

resource "aws_iam_role" "reader" {
  count              = 2
  name               = "reader-${count.index}"
  assume_role_policy = module.policy[count.index].assume_role_json
}

output "role_arns" {
  value = aws_iam_role.reader[*].arn
}

output "first_policy" {
  value = module.policy[0].assume_role_json
}
