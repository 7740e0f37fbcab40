resource "aws_db_instance" "main" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = var.db_allocated_storage
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  availability_zone           = "${var.region}a"
}
