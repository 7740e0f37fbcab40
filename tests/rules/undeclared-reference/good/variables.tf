variable "environment" {
  type    = string
  default = "staging"
}

variable "subnets" {
  type = map(object({
    cidr = string
    az   = string
  }))
  default = {
    a = { cidr = "10.0.1.0/24", az = "eu-west-1a" }
    b = { cidr = "10.0.2.0/24", az = "eu-west-1b" }
  }
}

variable "ingress" {
  type = list(object({
    port  = number
    cidrs = list(string)
  }))
  default = [
    { port = 443, cidrs = ["0.0.0.0/0"] },
    { port = 22, cidrs = ["10.0.0.0/8"] },
  ]
}

variable "instance_count" {
  type    = number
  default = 2
}
