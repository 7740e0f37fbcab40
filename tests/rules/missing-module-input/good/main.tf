variable "services" {
  type = map(object({
    desired_count = number
  }))
  default = {
    api    = { desired_count = 2 }
    worker = { desired_count = 1 }
  }
}

module "orders_queue" {
  source            = "./modules/queue"
  name              = "orders"
  retention_seconds = 345600
  # fifo has a default and may be left out
}

module "service" {
  source   = "./modules/service"
  for_each = var.services

  name          = each.key
  desired_count = each.value.desired_count
  queue_arn     = module.orders_queue.arn

  depends_on = [module.orders_queue]
}

output "service_roles" {
  value = { for k, s in module.service : k => s.role_arn }
}
