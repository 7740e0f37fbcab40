variable "ports" {
  type    = list(number)
  default = [80, 443]
}

locals {
  ports = toset([for p in var.ports : tostring(p)])
  rules = { for p in local.ports : "tcp-${p}" => tonumber(p) }
  # a name that also appears as a resource name elsewhere is not the same node
  web = "web-${length(local.rules)}"
}

resource "aws_security_group" "web" {
  name = local.web
}

resource "aws_vpc_security_group_ingress_rule" "web" {
  for_each          = local.rules
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}

# The module's role_arn output does not depend on its function_arn input,
# so the module call in both directions is not a cycle for Terraform.
module "role" {
  source       = "./modules/role"
  name         = local.web
  function_arn = aws_lambda_function.app.arn
}

resource "aws_lambda_function" "app" {
  function_name = "app"
  role          = module.role.role_arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/app.zip"
}

output "rule_ids" {
  value = { for k, r in aws_vpc_security_group_ingress_rule.web : k => r.id }
}
