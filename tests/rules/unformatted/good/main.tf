terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "name" {
  type        = string
  description = "Bucket name"
}

locals {
  tags = {
    Name        = var.name
    Environment = "prod" # aligned comment
    Team        = "data" # another
  }
}

resource "aws_s3_bucket" "logs" {
  bucket        = var.name
  force_destroy = true
  tags          = local.tags
}
