# All binary operators and precedence-sensitive combinations.
locals {
  mul = var.a * 2
  div = var.a / 2
  mod = var.a % 3
  add = var.a + 1
  sub = var.a - 1
  gt  = var.a > 1
  gte = var.a >= 1
  lt  = var.a < 1
  lte = var.a <= 1
  eq  = var.a == 1
  neq = var.a != 1
  and = var.x && var.y
  or  = var.x || var.y
  mul_over_add = 1 + 2 * 3
  paren_add    = (1 + 2) * 3
  left_assoc   = 10 - 4 - 3
  div_mod      = 20 / 4 % 3
  cmp_arith    = var.a + 1 > var.b * 2
  eq_cmp       = var.a > 1 == var.b < 2
  and_over_or  = var.x || var.y && var.z
  paren_or     = (var.x || var.y) && var.z
  not_and      = !var.x && var.y
  neg_mul      = -var.a * var.b
  full         = var.a * 2 + var.b / 4 - var.c % 3 >= 10 && var.d != "x" || !var.e
  str_eq       = var.env == "prod" && var.region != "us-east-1"
  no_spaces    = 1+2*3-4/2%3
  multi_line = (
    var.a +
    var.b *
    var.c
  )
}

resource "aws_autoscaling_group" "web" {
  min_size         = var.base * 2
  max_size         = var.base * 2 + var.burst
  desired_capacity = max(var.base, var.current) % 100
}
