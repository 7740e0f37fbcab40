module "frontend" {
  source = "./modules/a"
  name   = "frontend"
}
