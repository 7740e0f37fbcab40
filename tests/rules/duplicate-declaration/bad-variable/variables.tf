variable "environment" { # EXPECT: duplicate-declaration
  type        = string
  description = "Deployment environment (dev, staging, prod)."
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}
