# A name passed into a child module: the queue the module creates is
# reported where the module builds the name, with the value it evaluates to.

module "orders" {
  source = "./modules/queue"
  name   = "orders-events-for-the-fulfilment-pipeline-of-the-eu-storefront"
  fifo   = true
}

output "queue_url" {
  value = module.orders.url
}
