# Index access with number, string, variable and expression keys.
locals {
  by_number     = var.subnet_ids[0]
  by_string     = var.amis["us-east-1"]
  by_var        = var.subnet_ids[var.i]
  by_expr       = var.subnet_ids[count.index % length(var.subnet_ids)]
  by_local      = var.amis[local.region]
  chained       = var.matrix[1][2]
  mixed_chain   = var.config["network"].subnets[0]["cidr"]
  on_literal    = ["a", "b", "c"][1]
  on_object     = { a = 1, b = 2 }["b"]
  on_call       = split(",", var.csv)[0]
  on_paren      = (var.enabled ? var.a : var.b)[0]
  template_key  = var.amis["${var.region}-hvm"]
  spaced        = var.list[ 0 ]
  negative_expr = var.list[length(var.list) - 1]
}

resource "aws_instance" "web" {
  count         = 3
  ami           = var.amis[var.region]
  subnet_id     = aws_subnet.private[count.index].id
  instance_type = var.sizes["web"]
  tags = {
    Name = "web-${count.index}"
    Env  = var.tags["Env"]
  }
}
