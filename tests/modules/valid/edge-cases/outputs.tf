output "instance_ids" {
  value = aws_instance.web[*].id
}

output "first_instance_dns" {
  value = aws_instance.web[0].public_dns
}

output "legacy_splat_ips" {
  value = aws_instance.web.*.private_ip
}

output "elastic_ips" {
  value = local.eips_by_instance
}

output "bucket_arns" {
  value = values(aws_s3_bucket.assets)[*].arn
}

output "bucket_names" {
  value = { for k in keys(var.buckets) : k => aws_s3_bucket.assets[k].bucket }
}

output "transitions" {
  value = local.transition_summary
}

output "deployed_at" {
  value = terraform_data.deployed_at.id
}

output "db_password_parameter" {
  value = aws_ssm_parameter.db_password.name
}

output "db_password_echo" {
  value     = var.db_password
  sensitive = true
}
