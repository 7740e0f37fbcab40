variable "ingress_ports" {
  type    = list(number)
  default = [80, 443]
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}
