resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = "change-me-please"
  db_name           = "orders"
}

resource "aws_instance" "web" {
  for_each      = toset(["a", "b"])
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
  }

  lifecycle {
    ignore_changes = [tags["Name"], ami]
  }
}

output "database" {
  value = aws_db_instance.main.db_name
}

output "endpoint" {
  value = aws_db_instance.main.endpoint
}

output "root_volume" {
  value = aws_instance.web["a"].root_block_device[0].volume_id
}

output "tag" {
  value = aws_instance.web["a"].tags_all["Name"]
}

output "ids" {
  value = [for k, i in aws_instance.web : i.id]
}
