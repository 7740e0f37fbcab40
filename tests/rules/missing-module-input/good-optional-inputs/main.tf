module "assets" {
  source = "./modules/bucket"
  name   = "acme-assets"
}

module "logs" {
  source = "./modules/bucket"
  count  = 1
  name   = "acme-logs"
  lifecycle_rules = {
    expire = { days = 30 }
  }
  tags = { Purpose = "logs" }
}

output "bucket_arns" {
  value = concat([module.assets.arn], module.logs[*].arn)
}
