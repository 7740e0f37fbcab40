# Legacy dotted numeric index access (.0), mixed with other traversals.
locals {
  first_id      = aws_instance.web.0.id
  second_ip     = aws_instance.web.1.private_ip
  list_elem     = var.subnets.0
  nested_legacy = var.matrix.0.cells.1
  deep_legacy   = aws_instance.web.0.root_block_device.0.volume_size
  mixed_index   = aws_instance.web.0.tags["Name"]
  bracket_then  = var.list[0].items.2
  large_index   = var.items.10.name
  in_template   = "id=${aws_instance.web.0.id}"
  in_function   = lower(aws_instance.web.0.tags.Name)
}

output "first_instance" {
  value = aws_instance.web.0.id
}

resource "aws_eip" "web" {
  instance = aws_instance.web.0.id
  domain   = "vpc"
}
