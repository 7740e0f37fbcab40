# Splat expressions: legacy attribute-only (.*) and full ([*]).
locals {
  full_ids        = aws_instance.web[*].id
  legacy_ids      = aws_instance.web.*.id
  full_nested     = aws_instance.web[*].root_block_device[0].volume_size
  full_chain      = var.servers[*].network.private_ip
  full_index_key  = aws_instance.web[*].tags["Name"]
  legacy_chain    = var.servers.*.network.private_ip
  legacy_then_idx = aws_instance.web.*.id[0]
  bare_full       = var.list[*]
  bare_legacy     = var.list.*
  on_call         = tolist(var.set)[*].name
  in_function     = join(",", aws_subnet.private[*].id)
  in_template     = "${join(" ", aws_eip.nat.*.public_ip)}"
  double_splat    = var.groups[*].members[*].name
  in_for          = [for ips in aws_instance.web[*].private_ip : ips]
  on_tuple        = [{ a = 1 }, { a = 2 }][*].a
}

output "instance_ids" {
  value = aws_instance.web[*].id
}

output "legacy_public_ips" {
  value = aws_instance.web.*.public_ip
}
