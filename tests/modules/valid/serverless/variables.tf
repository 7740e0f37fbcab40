variable "name" {
  description = "Application name, used as a prefix for every resource."
  type        = string
}

variable "environment" {
  description = "Deployment environment."
  type        = string
}

variable "region" {
  description = "AWS region."
  type        = string
  default     = "us-east-1"
}

variable "lambda_package_path" {
  description = "Path to the zip file built by CI that holds every function's code."
  type        = string

  validation {
    condition     = endswith(var.lambda_package_path, ".zip")
    error_message = "The Lambda package must be a .zip file."
  }
}

variable "functions" {
  description = "Lambda functions to deploy, keyed by short name."
  type = map(object({
    handler     = string
    runtime     = optional(string, "python3.12")
    memory_size = optional(number, 256)
    timeout     = optional(number, 30)
    environment = optional(map(string), {})
    queue       = optional(string)
    batch_size  = optional(number, 10)
    route       = optional(string)
  }))

  validation {
    condition     = alltrue([for f in values(var.functions) : f.timeout <= 900])
    error_message = "A Lambda timeout cannot exceed 900 seconds."
  }
}

variable "queues" {
  description = "SQS work queues, each with its own dead-letter queue."
  type = map(object({
    visibility_timeout = optional(number, 180)
    max_receive_count  = optional(number, 5)
    retention_seconds  = optional(number, 345600)
  }))
  default = {}
}

variable "log_retention_days" {
  description = "Retention of the Lambda and API log groups."
  type        = number
  default     = 14
}

variable "alarm_email" {
  description = "Address that receives dead-letter queue alarms."
  type        = string
  sensitive   = true
}

variable "cors_origins" {
  description = "Origins allowed to call the HTTP API from a browser."
  type        = list(string)
  default     = ["*"]
}
