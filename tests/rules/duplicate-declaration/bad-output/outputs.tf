output "vpc_cidr" {
  value = aws_vpc.main.cidr_block
}

output "vpc_id" { # EXPECT: duplicate-declaration
  description = "ID of the VPC."
  value       = aws_vpc.main.id
}
