# Attribute access (traversals) on variables, resources, data, modules, calls.
locals {
  from_var      = var.config.network.vpc_id
  from_resource = aws_vpc.main.id
  deep          = aws_instance.web.root_block_device.volume_size
  from_data     = data.aws_ami.ubuntu.image_id
  from_module   = module.vpc.private_subnets
  from_local    = local.from_var
  path_module   = path.module
  path_root     = path.root
  workspace     = terraform.workspace
  each_attr     = each.value.name
  count_attr    = count.index
  self_attr     = self.private_ip
  on_call       = jsondecode(var.json).key.subkey
  on_paren      = (var.a).b
  on_object     = { a = { b = 1 } }.a.b
  mixed         = module.eks.cluster["main"].endpoint
}

output "vpc_id" {
  value = aws_vpc.main.id
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
  availability_zone = data.aws_availability_zones.available.names[0]
}
