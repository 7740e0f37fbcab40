variable "ingress_rules" {
  type = list(object({
    description = string
    port        = numbr # EXPECT: invalid-type
    cidr_blocks = optional(list(string), ["10.0.0.0/8"])
  }))
  default = []
}

resource "aws_security_group" "app" {
  name = "app"

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks
    }
  }
}
