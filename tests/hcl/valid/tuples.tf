# Tuple constructors: empty, single-line, multi-line, trailing commas, nested.
locals {
  empty        = []
  empty_spaced = [ ]
  single       = ["us-east-1a"]
  inline       = ["a", "b", "c"]
  trailing     = ["a", "b", "c",]
  mixed_types  = [1, "two", true, null, 4.5, { k = "v" }, [6]]
  nested       = [[1, 2], [3, [4, [5]]], []]
  exprs        = [var.a, local.b, "${var.c}-x", 1 + 2, upper("d")]
  multi_line = [
    "10.0.1.0/24",
    "10.0.2.0/24",
    "10.0.3.0/24",
  ]
  multi_no_trailing = [
    "x",
    "y"
  ]
  multi_nested = [
    [
      "a",
    ],
    ["b", "c"],
  ]
  first_on_open = ["p",
    "q",
  "r"]
}

resource "aws_security_group_rule" "https" {
  type        = "ingress"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0", var.vpc_cidr]
}
