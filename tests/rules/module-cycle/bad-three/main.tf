module "network" {
  source = "./modules/network"
  domain = "example.com"
}
