resource "aws_db_instance" "main" {
  identifier          = "app-${var.environment}"
  engine              = "postgres"
  instance_class      = var.db_instance_class
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}
