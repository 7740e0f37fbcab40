variable "project" {
  type    = string
  default = "billing"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]+$", var.project))
    error_message = "Project must be lower-case, got ${var.project}."
  }
}

variable "name_template" {
  type    = string
  default = "$${project}-artifacts" # an escaped interpolation is literal text
}

variable "policy_template" {
  type    = string
  default = <<-EOT
    {"Resource": "arn:aws:s3:::$${bucket}/*"}
    %%{ not a directive }
  EOT
}

variable "session_seconds" {
  type    = number
  default = 60 * 60
}

variable "offset" {
  type    = number
  default = -1
}

variable "enabled" {
  type    = bool
  default = !false
}

variable "settings" {
  type = object({
    retention_days = number
    prefixes       = list(string)
    labels         = map(string)
  })
  default = {
    retention_days = (30)
    prefixes       = ["logs/", "tmp/"]
    labels         = { "var.project" = "literal key", local = "x" }
  }
}

variable "optional_arn" {
  type    = string
  default = null
}
