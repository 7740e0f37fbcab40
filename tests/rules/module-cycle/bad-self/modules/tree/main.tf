variable "depth" {
  type = number
}

resource "aws_ssm_parameter" "level" {
  name  = "/tree/level-${var.depth}"
  type  = "String"
  value = tostring(var.depth)
}

module "subtree" { # EXPECT: module-cycle
  source = "./"
  count  = var.depth > 0 ? 1 : 0
  depth  = var.depth - 1
}
