output "vpc_id" {
  value = aws_vpc.this.id
}

output "availability_zones" {
  value = local.azs
}

output "public_subnet_ids" {
  value = { for k, s in aws_subnet.public : k => s.id }
}

output "private_subnet_ids" {
  value = { for k, s in aws_subnet.private : k => s.id }
}

output "nat_gateway_public_ips" {
  value = aws_eip.nat[*].public_ip
}

output "security_group_ids" {
  value = {
    app       = aws_security_group.app.id
    endpoints = aws_security_group.endpoints.id
  }
}

output "vpc_endpoint_ids" {
  value = merge(
    { for k, e in aws_vpc_endpoint.gateway : k => e.id },
    { for k, e in aws_vpc_endpoint.interface : k => e.id },
  )
}

output "flow_log_id" {
  value = one(aws_flow_log.this[*].id)
}
