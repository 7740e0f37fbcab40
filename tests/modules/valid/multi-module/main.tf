data "aws_availability_zones" "available" {
  state = "available"
}

locals {
  prefix = "${var.name}-${var.environment}"
  azs    = slice(data.aws_availability_zones.available.names, 0, 3)

  tags = {
    Stack       = var.name
    Environment = var.environment
    ManagedBy   = "terraform"
  }
}

# The access-log bucket was created by hand before this stack existed.
import {
  to = aws_s3_bucket.access_logs
  id = "payments-prod-access-logs"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = var.access_log_bucket_name
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

module "network" {
  source = "./modules/network"

  name = local.prefix
  cidr = var.vpc_cidr
  azs  = local.azs
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = var.buckets

  providers = {
    aws         = aws
    aws.replica = aws.replica
  }

  name              = "${local.prefix}-${each.key}"
  versioned         = each.value.versioned
  replica_class     = each.value.storage_class
  access_log_bucket = aws_s3_bucket.access_logs.id
  access_log_prefix = "${each.key}/"
}

module "service" {
  source = "./modules/service"
  count  = var.enable_service ? 1 : 0

  name               = local.prefix
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.service_security_group_id]
  image              = var.service.image
  port               = var.service.port
  cpu                = var.service.cpu
  memory             = var.service.memory
  desired_count      = var.service.desired_count

  environment = {
    ARTIFACT_BUCKET = module.buckets["artifacts"].bucket_id
    BACKUP_BUCKET   = module.buckets["backups"].bucket_id
  }

  bucket_arns = [for b in module.buckets : b.bucket_arn]
}

# The service module used to be called without count.
moved {
  from = module.app
  to   = module.service[0]
}

moved {
  from = aws_s3_bucket.logs
  to   = aws_s3_bucket.access_logs
}

check "network_spans_azs" {
  assert {
    condition     = length(module.network.private_subnet_ids) >= 2
    error_message = "The service needs private subnets in at least two availability zones."
  }

  assert {
    condition     = !var.enable_service || var.service.desired_count >= 2
    error_message = "Run at least two tasks so a single failure does not cause an outage."
  }
}
