module "app" {
  source = "./modules/app"
  name   = "shop"
}

output "app_vpc_id" {
  value = module.app.vpc_id
}
