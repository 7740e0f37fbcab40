variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

variable "min_size" {
  type    = number
  default = 1
}

variable "max_size" {
  type    = number
  default = 4

  validation {
    condition     = var.max_size >= var.min_szie # EXPECT: undeclared-reference
    error_message = "max_size must not be below min_size."
  }
}

locals {
  default_tags = { Region = var.aws_region }
}

resource "aws_autoscaling_group" "app" {
  name               = "app"
  min_size           = var.min_size
  max_size           = var.max_size
  availability_zones = ["${var.aws_region}a"]

  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

output "asg_name" {
  value = aws_autoscaling_group.app.name

  precondition {
    condition     = aws_autoscaling_group.app.max_size <= local.max_allowed # EXPECT: undeclared-reference
    error_message = "Too many instances."
  }
}
