# Conditional expressions: simple, nested, multi-line, in various positions.
locals {
  simple      = var.env == "prod" ? "m5.large" : "t3.micro"
  bool_cond   = var.enabled ? 1 : 0
  nested_else = var.env == "prod" ? 3 : var.env == "staging" ? 2 : 1
  nested_then = var.a ? var.b ? "ab" : "a" : "none"
  paren_nest  = var.a ? (var.b ? 1 : 2) : (var.c ? 3 : 4)
  null_result = var.name != "" ? var.name : null
  with_calls  = length(var.list) > 0 ? element(var.list, 0) : "default"
  obj_result  = var.public ? { type = "public" } : { type = "private" }
  list_result = var.multi_az ? ["a", "b"] : ["a"]
  multi_line = (
    var.env == "prod"
    ? "production"
    : "development"
  )
  multi_nested = (
    var.size == "large" ? 8 :
    var.size == "medium" ? 4 :
    var.size == "small" ? 2 :
    1
  )
  in_template = "mode-${var.debug ? "debug" : "release"}"
  in_index    = var.amis[var.arm ? "arm64" : "x86_64"]
  compact     = var.x?1:2
}

resource "aws_instance" "web" {
  count         = var.create ? 1 : 0
  ami           = var.ami_id != null ? var.ami_id : data.aws_ami.default.id
  instance_type = var.env == "prod" ? "m5.large" : "t3.micro"
}
