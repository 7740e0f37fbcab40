variable "base_size" {
  type    = number
  default = 50
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = var.base_size × 2
  type              = "gp3"
}
