variable "services" {
  type    = map(number)
  default = { api = 2, worker = 1 }
}

module "orders_queue" { # EXPECT: missing-module-input
  source = "./modules/queue"
  name   = "orders"
}

module "service" { # EXPECT: missing-module-input
  source   = "./modules/service"
  for_each = var.services

  name = each.key
  # desired_count was added to the module later and never set here
  queue_arn = module.orders_queue.arn
}

output "service_roles" {
  value = { for k, s in module.service : k => s.role_arn }
}
