output "api_endpoint" {
  description = "Base URL of the HTTP API."
  value       = aws_apigatewayv2_stage.default.invoke_url
}

output "function_arns" {
  description = "Lambda function ARNs keyed by short name."
  value       = { for k, f in aws_lambda_function.this : k => f.arn }
}

output "queue_urls" {
  description = "Work queue URLs keyed by queue name."
  value       = { for k, q in aws_sqs_queue.work : k => q.url }
}

output "dead_letter_queue_arns" {
  description = "Dead-letter queue ARNs keyed by queue name."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.arn }
}

output "events_topic_arn" {
  description = "SNS topic the functions publish domain events to."
  value       = aws_sns_topic.events.arn
}

output "routes" {
  description = "HTTP routes and the function behind each."
  value       = { for k, r in aws_apigatewayv2_route.lambda : r.route_key => k }
}
