resource "aws_security_group" "app" {
  name = "app"
  tags = var.tags

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
}

resource "aws_autoscaling_group" "app" {
  name               = "app"
  min_size           = var.scaling.min
  max_size           = var.scaling.max
  desired_capacity   = var.replicas
  availability_zones = ["eu-west-1a"]

  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_launch_template" "app" {
  name_prefix            = "app-"
  image_id               = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]
}
