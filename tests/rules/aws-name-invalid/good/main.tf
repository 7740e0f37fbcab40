# Valid names, literal and computed, at and near the limits.

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  prefix = "acme-${var.environment}"
  topics = toset(["orders", "refunds"])
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.prefix}-logs.eu-west-1"
}

resource "aws_s3_bucket" "generated" {
  bucket_prefix = "acme-logs-"
}

resource "aws_sqs_queue" "orders" {
  name                        = "${local.prefix}-orders.fifo"
  fifo_queue                  = true
  content_based_deduplication = true
}

resource "aws_sqs_queue" "exactly_80" {
  name = "q2345678901234567890123456789012345678901234567890123456789012345678901234567890"
}

resource "aws_sqs_queue" "prefixed" {
  name_prefix = "acme-jobs-"
  fifo_queue  = true
}

resource "aws_sns_topic" "events" {
  for_each = local.topics
  name     = "${local.prefix}-${each.key}"
}

resource "aws_iam_role" "service" {
  name_prefix        = "acme-service-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_lambda_function" "api" {
  count         = 2
  function_name = format("%s-api-%02d", local.prefix, count.index)
  role          = aws_iam_role.service.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"
}

resource "aws_lb" "public" {
  name    = "${local.prefix}-public-alb"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb_target_group" "api" {
  name_prefix = "api-"
  port        = 443
  protocol    = "HTTPS"
  vpc_id      = "vpc-0123456789abcdef0"
}

resource "aws_elasticache_cluster" "sessions" {
  cluster_id      = "${local.prefix}-sessions"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}

resource "aws_kms_key" "k" {
  description = "orders"
}

resource "aws_kms_alias" "orders" {
  name          = "alias/${local.prefix}/orders"
  target_key_id = aws_kms_key.k.key_id
}

resource "aws_cloudwatch_log_group" "api" {
  name = "/aws/lambda/${aws_lambda_function.api[0].function_name}"
}

resource "aws_ecr_repository" "api" {
  name = "${local.prefix}/api-server_v2"
}

resource "aws_opensearch_domain" "search" {
  domain_name = "${local.prefix}-search"
}

resource "aws_dynamodb_table" "orders" {
  name         = "${local.prefix}.Orders_v1"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
