# Names written as literals that AWS rejects: one per rule of the table.

resource "aws_s3_bucket" "upper" {
  bucket = "Acme-Logs" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "underscore" {
  bucket = "acme_logs" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "ip" {
  bucket = "192.168.10.20" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "punycode" {
  bucket = "xn--acme-logs" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "alias_suffix" {
  bucket = "acme-logs-s3alias" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "dots" {
  bucket = "acme..logs" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "short" {
  bucket = "ab" # EXPECT: aws-name-invalid
}

resource "aws_s3_bucket" "prefix" {
  bucket_prefix = "acme-application-logs-for-production-x" # EXPECT: aws-name-invalid
}

resource "aws_sqs_queue" "fifo_without_suffix" {
  name       = "orders" # EXPECT: aws-name-invalid
  fifo_queue = true
}

resource "aws_sqs_queue" "suffix_without_fifo" {
  name = "orders.fifo" # EXPECT: aws-name-invalid
}

resource "aws_sqs_queue" "long" {
  name = "orders-queue-for-the-checkout-service-of-the-european-storefront-production-000001" # EXPECT: aws-name-invalid
}

resource "aws_sns_topic" "fifo" {
  name       = "events" # EXPECT: aws-name-invalid
  fifo_topic = true
}

resource "aws_lambda_function" "dotted" {
  function_name = "orders.handler" # EXPECT: aws-name-invalid
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  s3_bucket     = "acme-artifacts"
  s3_key        = "orders.zip"
}

resource "aws_lb" "internal" {
  name    = "internal-api" # EXPECT: aws-name-invalid
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb_target_group" "long" {
  name     = "checkout-service-blue-target-group" # EXPECT: aws-name-invalid
  port     = 443
  protocol = "HTTPS"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_target_group" "hyphen" {
  name_prefix = "-api" # EXPECT: aws-name-invalid
  port        = 443
  protocol    = "HTTPS"
  vpc_id      = "vpc-0123456789abcdef0"
}

resource "aws_elasticache_cluster" "double_hyphen" {
  cluster_id      = "sessions--cache" # EXPECT: aws-name-invalid
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}

resource "aws_db_instance" "upper" {
  identifier                  = "Orders-DB" # EXPECT: aws-name-invalid
  instance_class              = "db.t4g.micro"
  engine                      = "postgres"
  allocated_storage           = 20
  username                    = "orders"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_kms_key" "k" {
  description = "orders"
}

resource "aws_kms_alias" "no_prefix" {
  name          = "orders" # EXPECT: aws-name-invalid
  target_key_id = aws_kms_key.k.key_id
}

resource "aws_kms_alias" "reserved" {
  name          = "alias/aws/orders" # EXPECT: aws-name-invalid
  target_key_id = aws_kms_key.k.key_id
}

resource "aws_cloudwatch_log_group" "space" {
  name = "/orders/api logs" # EXPECT: aws-name-invalid
}

resource "aws_ecr_repository" "separators" {
  name = "orders//api" # EXPECT: aws-name-invalid
}

resource "aws_opensearch_domain" "long" {
  domain_name = "orders-search-production-eu-1" # EXPECT: aws-name-invalid
}

resource "aws_cloudwatch_event_archive" "long" {
  name             = "orders-archive-for-the-checkout-events-production" # EXPECT: aws-name-invalid
  event_source_arn = "arn:aws:events:eu-west-1:123456789012:event-bus/default"
}

resource "aws_iam_role" "prefix" {
  name_prefix        = "orders-service-execution-role-europe-01-" # EXPECT: aws-name-invalid
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_cloudwatch_event_bus" "default" {
  name = "default" # EXPECT: aws-name-invalid
}
