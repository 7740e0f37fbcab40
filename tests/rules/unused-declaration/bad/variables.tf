variable "environment" {
  type    = string
  default = "dev"
}

variable "vpc_cidr" { # EXPECT: unused-declaration
  type    = string
  default = "10.0.0.0/16"
}
