variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

variable "subnets" {
  type    = map(string)
  default = { a = "10.0.1.0/24", b = "10.0.2.0/24" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  for_each   = var.subnets
  vpc_id     = aws_vpc.main.id
  cidr_block = each.value
}

resource "aws_instance" "web" {
  count         = 2
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.private.id # EXPECT: missing-instance-key
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = [aws_subnet.private["a"].id, aws_subnet.private["b"].id]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_target_group_attachment" "web" {
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = aws_instance.web.id # EXPECT: missing-instance-key
}

output "web_private_ip" {
  value = aws_instance.web.private_ip # EXPECT: missing-instance-key
}

output "lb_dns" {
  value = aws_lb.web.dns_name
}
