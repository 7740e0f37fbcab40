variable "subnet_ids" {
  type    = array(string) # EXPECT: invalid-type
  default = []
}

variable "security_group_ids" {
  type    = lists(string) # EXPECT: invalid-type
  default = []
}

resource "aws_lb" "internal" {
  name            = "internal"
  internal        = true
  subnets         = var.subnet_ids
  security_groups = var.security_group_ids
}
