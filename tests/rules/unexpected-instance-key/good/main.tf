variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

variable "bastion_enabled" {
  type    = bool
  default = true
}

data "aws_vpc" "default" {
  default = true
}

resource "aws_instance" "bastion" {
  count         = var.bastion_enabled ? 1 : 0
  ami           = var.ami_id
  instance_type = "t3.nano"

  root_block_device {
    volume_size = 8
  }
}

resource "aws_eip" "bastion" {
  count    = length(aws_instance.bastion)
  instance = aws_instance.bastion[count.index].id
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = data.aws_vpc.default.id
  tags   = { CidrFirst = split(".", data.aws_vpc.default.cidr_block)[0] }
}

module "dns" {
  source    = "./modules/dns"
  count     = var.bastion_enabled ? 1 : 0
  public_ip = aws_eip.bastion[0].public_ip
}

output "bastion_sg" {
  value = aws_security_group.bastion.id
}

output "bastion_sg_list" {
  value = aws_security_group.bastion[*].id
}

output "root_volume" {
  value = one(aws_instance.bastion[*].root_block_device[0].volume_size)
}

output "tag_name" {
  value = lookup(aws_security_group.bastion.tags, "CidrFirst", null)
}

output "fqdn" {
  value = try(module.dns[0].fqdn, null)
}
