module "platform" {
  source = "./modules/platform"
  name   = "shop"
}
