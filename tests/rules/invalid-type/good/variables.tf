variable "bucket_name" {
  type        = string
  description = "Name of the uploads bucket."
  default     = "acme-uploads"
}

variable "kms_key_id" {
  type    = string
  default = null
}

variable "ingress_rules" {
  type = list(object({
    description = string
    port        = number
    cidr_blocks = optional(list(string), ["10.0.0.0/8"])
    ipv6        = optional(bool)
  }))
  default = []
}

variable "lifecycle_days" {
  type    = map(number)
  default = { logs = 30, tmp = 1 }
}

variable "admin_users" {
  type    = set(string)
  default = []
}

variable "port_range" {
  type    = tuple([number, number])
  default = [8080, 8090]
}

variable "extra_tags" {
  type    = any
  default = {}
}

