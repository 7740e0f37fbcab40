module "app" {
  source = "./modules/app"
  name   = "shop"
}

module "worker" {
  source = "./modules/worker"
  name   = "shop-worker"
}
