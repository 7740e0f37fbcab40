# Parenthesised expressions, including redundant and multi-line ones.
locals {
  simple       = (1)
  grouped      = (1 + 2) * 3
  redundant    = ((((var.a))))
  nested_math  = ((var.a + var.b) * (var.c - var.d)) / (var.e % 2)
  bool_group   = (var.x || var.y) && (var.z || !var.w)
  paren_string = ("hello")
  paren_list   = ([1, 2, 3])
  paren_attr   = (var.obj).attr
  paren_index  = (var.list)[0]
  paren_cond   = (var.a ? var.b : var.c)
  cond_parts   = (var.a) ? (var.b) : (var.c)
  paren_call   = (length(var.list)) + 1
  multi_line = (
    var.base
    + var.extra
    - var.discount
  )
  nested_multi = (
    (
      var.a
    ) * 2
  )
}

resource "aws_instance" "web" {
  count         = (var.enabled ? 1 : 0) * (var.replicas)
  ami           = (var.ami)
  instance_type = ("t3.micro")
}
