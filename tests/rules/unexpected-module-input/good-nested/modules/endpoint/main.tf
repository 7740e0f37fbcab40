variable "vpc_id" {
  type = string
}

variable "service_name" {
  type = string
}

variable "route_table_ids" {
  type    = list(string)
  default = []
}

resource "aws_vpc_endpoint" "this" {
  vpc_id          = var.vpc_id
  service_name    = var.service_name
  route_table_ids = var.route_table_ids
}

output "id" {
  value = aws_vpc_endpoint.this.id
}
