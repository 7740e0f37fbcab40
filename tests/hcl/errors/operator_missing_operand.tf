locals {
  base_port = 8000
  app_port  = local.base_port +
  db_port   = 5432
}
