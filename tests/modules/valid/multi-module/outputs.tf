output "vpc_id" {
  value = module.network.vpc_id
}

output "private_subnet_ids" {
  value = module.network.private_subnet_ids
}

output "cluster_arn" {
  value = var.enable_service ? module.service[0].cluster_arn : null
}

output "service_name" {
  value = one(module.service[*].service_name)
}

output "artifact_bucket_arn" {
  value = module.buckets["artifacts"].bucket_arn
}

output "replica_bucket_arns" {
  value = { for k, b in module.buckets : k => b.replica_arn }
}

output "access_log_bucket" {
  value = aws_s3_bucket.access_logs.bucket
}
