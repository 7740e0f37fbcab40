variable "instance_count" {
  type    = number
  default = "two" # EXPECT: variable-default-type
}

variable "subnet_cidrs" {
  type    = map(string)
  default = ["10.0.1.0/24", "10.0.2.0/24"] # EXPECT: variable-default-type
}

variable "monitoring" {
  type    = bool
  default = "enabled" # EXPECT: variable-default-type
}

variable "database" {
  type = object({
    engine         = string
    instance_class = string
    storage_gb     = number
  })
  default = { # EXPECT: variable-default-type
    engine         = "postgres"
    instance_class = "db.t3.micro"
  }
}

variable "alarm_email" {
  type     = string
  default  = null # EXPECT: variable-default-type
  nullable = false
}

variable "ports" {
  type = list(number)
  default = [ # EXPECT: variable-default-type
    80,
    "https",
  ]
}
