variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "Unknown environment."
  }
}

variable "queues" {
  type    = map(number)
  default = { orders = 30, invoices = 60 }
}

variable "ingress_ports" {
  type    = list(number)
  default = [443]
}

variable "min_ami_age_days" {
  type    = number
  default = 0
}

variable "existing_log_group" {
  type    = string
  default = "/legacy/app"
}

variable "ami_name_filter" {
  type    = string
  default = "al2023-ami-*-x86_64"
}

variable "release" {
  type    = string
  default = "1.0.0"
}
