output "bucket_name" {
  description = "Where uploads go"
  value       = aws_s3_bucket.uploads.bucket
}

output "function_name" {
  value = aws_lambda_function.resize.function_name
}

output "queue_url" {
  value       = aws_sqs_queue.jobs.url
  description = "The queue that feeds the resize function"
}

output "alerts_topic" {
  value = module.notifications.topic_arn
}
