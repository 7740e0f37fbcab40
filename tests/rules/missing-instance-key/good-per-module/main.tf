variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "us-east-1"]
}

# root: a counted aws_s3_bucket.logs; the child has a single one of the same name
resource "aws_s3_bucket" "logs" {
  count  = length(var.regions)
  bucket = "acme-logs-${var.regions[count.index]}"
}

module "logs" {
  source   = "./modules/logs"
  for_each = toset(var.regions)
  region   = each.key
}

module "archive" {
  source = "./modules/logs"
  count  = 1
  region = "archive"
}

output "bucket_arns" {
  value = aws_s3_bucket.logs[*].arn
}

output "module_buckets" {
  value = { for r, m in module.logs : r => m.bucket_arn }
}

output "archive_bucket" {
  value = module.archive[0].bucket_arn
}
