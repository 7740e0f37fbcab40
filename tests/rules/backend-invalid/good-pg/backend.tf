terraform {
  backend "pg" {
    conn_str    = "postgres://terraform@db.internal/terraform_backend"
    schema_name = "alerts"
  }
}
