variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

data "aws_vpc" "default" {
  default = true
}

# count was removed from this resource but references still carry [0]
resource "aws_instance" "bastion" {
  ami           = var.ami_id
  instance_type = "t3.nano"
}

resource "aws_eip" "bastion" {
  instance = aws_instance.bastion[0].id # EXPECT: unexpected-instance-key
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = data.aws_vpc.default[0].id # EXPECT: unexpected-instance-key
}

module "dns" {
  source    = "./modules/dns"
  public_ip = aws_eip.bastion.public_ip
}

output "bastion_sg" {
  value = aws_security_group.bastion["default"].id # EXPECT: unexpected-instance-key
}

output "fqdn" {
  value = module.dns.fqdn
}
