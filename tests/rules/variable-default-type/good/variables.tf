variable "instance_count" {
  type    = number
  default = "2" # converts to a number
}

variable "port_label" {
  type    = string
  default = 8080 # converts to "8080"
}

variable "enabled" {
  type    = bool
  default = "true"
}

variable "flag_text" {
  type    = string
  default = false
}

variable "zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

variable "unique_ports" {
  type    = set(number)
  default = [80, 443, 80]
}

variable "tags" {
  type = map(string)
  default = {
    Team       = "platform"
    CostCenter = 1234
    Critical   = true
  }
}

variable "labels" {
  type    = map(any)
  default = { tier = "web", weight = 10 }
}

variable "database" {
  type = object({
    engine         = string
    instance_class = optional(string, "db.t3.micro")
    storage_gb     = optional(number)
    backup = optional(object({
      retention_days = number
      window         = optional(string)
    }), { retention_days = 7 })
  })
  default = {
    engine = "postgres"
  }
}

variable "subnets" {
  type = map(object({
    cidr = string
    az   = string
  }))
  default = {
    a = { cidr = "10.0.1.0/24", az = "eu-west-1a", extra = "ignored" }
  }
}

variable "pair" {
  type    = tuple([string, number])
  default = ["web", "80"]
}

variable "anything" {
  type    = any
  default = [{ name = "a" }, { name = "b" }]
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "empty_list" {
  type    = list(object({ name = string }))
  default = []
}
