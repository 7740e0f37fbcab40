output "logs" {
  value = data.aws_s3_bucket.logs.arn
}

output "logs_replica" {
  value = module.logs.arn
}
