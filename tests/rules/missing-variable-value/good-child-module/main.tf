variable "environment" {
  type    = string
  default = "dev"
}

module "app" {
  source      = "./modules/app"
  name        = "app-${var.environment}"
  environment = var.environment
}

output "queue_url" {
  value = module.app.queue_url
}
