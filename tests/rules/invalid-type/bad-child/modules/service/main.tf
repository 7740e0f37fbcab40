resource "aws_lb_target_group" "this" {
  count    = length(var.ports)
  name     = "${var.name}-${var.ports[count.index]}"
  port     = var.ports[count.index]
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60718"
}
