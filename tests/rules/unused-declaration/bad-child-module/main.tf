module "orders" {
  source = "./modules/queue"
  name   = "orders"
  tags   = { Team = "checkout" }
}

output "orders_url" {
  value = module.orders.url
}
