variable "region" {
  type = string
}

variable "environment" {
  type = string
}

variable "db_password" { # EXPECT: missing-variable-value
  type      = string
  sensitive = true
}

variable "db_instance_class" {
  type    = string
  default = "db.t3.micro"
}
