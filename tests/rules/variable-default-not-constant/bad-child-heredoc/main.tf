module "web" {
  source = "./modules/web"
  name   = "web"
}

output "web_id" {
  value = module.web.instance_id
}
