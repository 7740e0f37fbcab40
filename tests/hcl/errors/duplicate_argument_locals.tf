locals {
  name   = "app"
  env    = "prod"
  prefix = "${local.name}-${local.env}"
  env    = "staging"
}
