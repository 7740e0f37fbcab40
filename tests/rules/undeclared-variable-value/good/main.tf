variable "environment" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "tags" {
  type    = map(string)
  default = {}
}

module "app" {
  source        = "./modules/app"
  name          = "app-${var.environment}"
  instance_type = var.instance_type
  tags          = var.tags
}

output "app_id" {
  value = module.app.id
}
