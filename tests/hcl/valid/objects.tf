# Object constructors: key forms, separators, nesting, empty.
locals {
  empty      = {}
  ident_keys = { name = "web", port = 80 }
  quoted     = { "Name" = "web", "kubernetes.io/role" = "node" }
  colon      = { name: "web", "port": 80 }
  paren_key  = { (var.k) = 1, (local.key_name) = "v" }
  expr_key   = { ("${var.env}-key") = true, (upper("x")) = 2 }
  trailing   = { a = 1, b = 2, }
  newline_sep = {
    a = 1
    b = 2
  }
  mixed_sep = {
    a = 1, b = 2
    c = 3,
    d = 4
  }
  nested = {
    network = {
      cidr    = "10.0.0.0/16"
      subnets = { public = ["10.0.1.0/24"], private = [] }
    }
    colon_nested: { inner: { deepest: true } }
  }
  keyword_keys = { if = 1, for = 2, in = 3, null = 4, true = 5 }
}

resource "aws_instance" "web" {
  ami           = "ami-123456"
  instance_type = "t3.micro"
  tags = merge(var.tags, {
    Name                = "web"
    "aws:cloudformation" = "no"
    (var.extra_tag_key) = var.extra_tag_value
  })
}
