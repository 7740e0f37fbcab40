# File starting with a UTF-8 byte order mark.
variable "region" {
  type    = string
  default = "us-east-1"
}

provider "aws" {
  region = var.region
}

output "region" {
  value = var.region
}
