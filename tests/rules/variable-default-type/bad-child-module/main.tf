module "cache" {
  source    = "./modules/cache"
  name      = "sessions"
  node_type = "cache.t3.micro"
}

output "cache_arn" {
  value = module.cache.arn
}
