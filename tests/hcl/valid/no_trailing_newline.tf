# File without a trailing newline.
variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  name = "x"
}

output "region" {
  value = var.region
}