# A child module given a fixed name: reported in the module, where the
# name is used.

module "reporting" {
  source = "./modules/role"
  name   = "reporting-lambda"
}

output "role_arn" {
  value = module.reporting.arn
}
