variable "name" {
  description = "Name of the web tier."
  type        = string
}

variable "environment" {
  description = "Deployment environment."
  type        = string
}

variable "region" {
  description = "AWS region."
  type        = string
  default     = "eu-west-2"
}

variable "db_password" {
  description = "Password the application uses to reach its database."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = length(var.db_password) >= 16
    error_message = "The database password must be at least 16 characters long."
  }
}

variable "instance_count" {
  description = "Number of web instances."
  type        = number
  default     = 2
  nullable    = false

  validation {
    condition     = var.instance_count >= 1
    error_message = "Run at least one web instance."
  }
}

variable "allowed_cidrs" {
  description = "CIDR blocks allowed to reach the web ports."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "ports" {
  description = "Web ports, keyed by protocol name."
  type        = map(number)
  default = {
    http  = 80
    https = 443
  }
}

variable "buckets" {
  description = "Asset buckets and their lifecycle rules."
  type = map(object({
    public = optional(bool, false)
    lifecycle_rules = optional(list(object({
      id     = string
      prefix = string
      transitions = list(object({
        days          = number
        storage_class = string
      }))
    })), [])
  }))
}
