variable "replicas" {
  type = number
}

variable "allowed_cidrs" {
  type = list(string)
}

variable "scaling" {
  type = object({
    min = number
    max = number
  })
  default = { min = 1, max = 2 }
}

variable "tags" {
  type    = map(string)
  default = {}
}
