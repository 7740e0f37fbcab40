variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_allocated_storage" {
  type = number
}
