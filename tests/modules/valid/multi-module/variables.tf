variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "region" {
  type    = string
  default = "us-west-2"
}

variable "replica_region" {
  type    = string
  default = "us-east-2"

  validation {
    condition     = var.replica_region != var.region
    error_message = "The replica region must differ from the primary region."
  }
}

variable "vpc_cidr" {
  type    = string
  default = "10.40.0.0/16"
}

variable "enable_service" {
  type    = bool
  default = true
}

variable "service" {
  type = object({
    image         = string
    port          = optional(number, 8080)
    cpu           = optional(number, 256)
    memory        = optional(number, 512)
    desired_count = optional(number, 2)
  })
}

variable "buckets" {
  type = map(object({
    versioned     = optional(bool, true)
    storage_class = optional(string, "STANDARD_IA")
  }))
  default = {
    artifacts = {}
    backups   = { storage_class = "GLACIER_IR" }
  }
}

variable "access_log_bucket_name" {
  type = string
}
