resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = var.database.engine
  instance_class      = var.database.instance_class
  allocated_storage   = var.database.storage_gb
  username            = "app"
  password            = "example-only-password"
  skip_final_snapshot = true
  monitoring_interval = var.monitoring ? 60 : 0
}

resource "aws_sns_topic" "alarms" {
  count = var.instance_count
  name  = "alarms-${count.index}"
}

resource "aws_sns_topic_subscription" "email" {
  count     = var.instance_count
  topic_arn = aws_sns_topic.alarms[count.index].arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_subnet" "this" {
  for_each   = var.subnet_cidrs
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = each.value
}

resource "aws_security_group" "web" {
  name = "web"

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
