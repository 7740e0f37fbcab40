# no provider block, but the backend makes this a root module
variable "vpc_cidr" { # EXPECT: missing-variable-value
  type = string
}

variable "from_env" {
  type        = string
  description = "set by TF_VAR_from_env"
}

resource "aws_vpc" "main" {
  cidr_block = var.vpc_cidr
  tags = {
    Source = var.from_env
  }
}
