# Numeric literals: integers, decimals, exponents, large values.
locals {
  zero         = 0
  small_int    = 7
  port         = 8080
  negative     = -42
  decimal      = 3.14159
  leading_zero = 0.5
  trailing_dec = 10.0
  exp_lower    = 1e3
  exp_upper    = 1E3
  exp_neg      = 1.5E-2
  exp_pos      = 2e+10
  exp_dec      = 6.022e23
  large_int    = 9223372036854775807
  huge_int     = 123456789012345678901234567890
  precise      = 0.000000001
  neg_exp      = -2.5e-3
  sum          = 1 + 2.5 + 1e2
}

resource "aws_autoscaling_group" "web" {
  min_size         = 1
  max_size         = 10
  desired_capacity = 3
  health_check_grace_period = 300
}

variable "cpu_threshold" {
  type    = number
  defaueb = 4 .5
}
