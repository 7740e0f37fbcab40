variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

variable "subnets" {
  type    = map(string)
  default = { a = "10.0.1.0/24", b = "10.0.2.0/24" }
}

variable "queue_names" {
  type    = list(string)
  default = ["orders", "invoices"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  for_each   = var.subnets
  vpc_id     = aws_vpc.main.id
  cidr_block = each.value
}

data "aws_sqs_queue" "existing" {
  count = length(var.queue_names)
  name  = var.queue_names[count.index]
}

resource "aws_instance" "web" {
  count         = length(aws_subnet.private)
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = values(aws_subnet.private)[count.index].id

  tags = {
    Queue = data.aws_sqs_queue.existing[count.index % length(data.aws_sqs_queue.existing)].url
  }

  depends_on = [aws_subnet.private, data.aws_sqs_queue.existing]
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = [for s in aws_subnet.private : s.id]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_target_group_attachment" "web" {
  count            = length(aws_instance.web)
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = aws_instance.web[count.index].id

  lifecycle {
    replace_triggered_by = [aws_instance.web[count.index].id]
  }
}

resource "aws_route_table" "private" {
  for_each = aws_subnet.private
  vpc_id   = each.value.vpc_id
}

resource "aws_route_table_association" "private" {
  for_each       = aws_subnet.private
  subnet_id      = each.value.id
  route_table_id = aws_route_table.private[each.key].id
}

output "web_ips" {
  value = aws_instance.web[*].private_ip
}

output "web_legacy_splat" {
  value = aws_instance.web.*.id
}

output "first_web_ip" {
  value = aws_instance.web[0].private_ip
}

output "subnet_a" {
  value = aws_subnet.private["a"].id
}

output "queue_urls" {
  value = data.aws_sqs_queue.existing[*].url
}

output "counts" {
  value = {
    web     = length(aws_instance.web)
    subnets = length(keys(aws_subnet.private))
    lb      = aws_lb.web.dns_name
  }
}
