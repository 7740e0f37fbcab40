variable "project" {
  type = string
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "bucket_settings" {
  type = map(object({
    versioning    = bool
    expire_days   = optional(number)
    ia_after_days = optional(number, 30)
    glacier_after = optional(number)
    force_destroy = optional(bool, false)
  }))
}

variable "stream_mode" {
  type    = string
  default = "ON_DEMAND"

  validation {
    condition     = contains(["PROVISIONED", "ON_DEMAND"], var.stream_mode)
    error_message = "stream_mode must be PROVISIONED or ON_DEMAND."
  }
}

variable "shard_count" {
  type    = number
  default = 2
}

variable "firehose_buffer" {
  type = object({
    size_mb         = number
    interval_second = number
  })
  default = {
    size_mb         = 64
    interval_second = 300
  }
}

variable "glue_job" {
  type = object({
    script_key        = string
    worker_type       = optional(string, "G.1X")
    number_of_workers = optional(number, 2)
    timeout_minutes   = optional(number, 60)
    glue_version      = optional(string, "4.0")
  })
}

variable "schedule_expression" {
  type    = string
  default = "rate(1 hour)"
}
