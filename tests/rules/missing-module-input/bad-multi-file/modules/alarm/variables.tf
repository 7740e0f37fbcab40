variable "name" {
  type = string
}

variable "threshold" {
  type    = number
  default = 80
}
