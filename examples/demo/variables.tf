variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "project_name" {
  type = string
  description = "Prefix for every resource name"
  default     = "image-resizer"
}

variable "environment" {
  type    = string
  default = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "batch_size" {
  type        = number
  description = "Messages per Lambda invocation"
  default     = "ten"
}

variable "alarm_email" {
  type = string
}
