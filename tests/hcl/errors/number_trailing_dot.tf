resource "aws_autoscaling_policy" "scale_up" {
  name               = "scale-up"
  scaling_adjustment = 1.
  adjustment_type    = "ChangeInCapacity"
}
