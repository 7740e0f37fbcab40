variable "cidr_block" {
  type = string
}

variable "enable_dns_hostnames" {
  type    = bool
  default = true
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = var.enable_dns_hostnames
}

module "s3_endpoint" {
  source          = "../endpoint"
  vpc_id          = aws_vpc.this.id
  service_name    = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [aws_vpc.this.main_route_table_id]
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "s3_endpoint_id" {
  value = module.s3_endpoint.id
}
