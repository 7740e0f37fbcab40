resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = "change-me-please"
}

resource "aws_sqs_queue" "jobs" {
  count = 2
  name  = "jobs-${count.index}"
}

output "database" {
  value = aws_db_instance.main.database_name # EXPECT: unsupported-attribute
}

output "queue" {
  value = aws_sqs_queue.jobs[0].queue_url # EXPECT: unsupported-attribute
}
