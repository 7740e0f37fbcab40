# Function calls: no args, many args, trailing comma, multi-line, expansion.
locals {
  no_args       = timestamp()
  no_args_space = uuid( )
  one_arg       = upper("web")
  many_args     = format("%s-%s-%s-%d", var.project, var.env, var.region, 3)
  trailing      = coalesce(var.name, "default",)
  nested        = lower(replace(trimspace(var.name), " ", "-"))
  expand_last   = max(var.numbers...)
  expand_after  = concat(["first"], var.lists...)
  expand_call   = min(values(var.sizes)...)
  expand_lit    = merge([{ a = 1 }, { b = 2 }]...)
  multi_line = cidrsubnet(
    var.vpc_cidr,
    8,
    count.index,
  )
  multi_no_trail = merge(
    var.default_tags,
    { Name = "web" }
  )
  first_on_open = join(",",
  var.list)
  expand_multi = coalesce(
    var.candidates...
  )
  with_objects  = jsonencode({ key = "value", list = [1, 2] })
  in_template   = "${format("%03d", count.index + 1)}"
}

resource "aws_instance" "web" {
  ami           = element(var.amis, 0)
  instance_type = lookup(var.sizes, var.env, "t3.micro")
  user_data     = base64encode(templatefile("${path.module}/init.sh", { env = var.env }))
}
