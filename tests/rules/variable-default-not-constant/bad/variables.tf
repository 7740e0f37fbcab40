variable "project" {
  type    = string
  default = "billing"
}

variable "bucket_name" {
  type    = string
  default = "${var.project}-artifacts" # EXPECT: variable-default-not-constant
}

variable "log_prefix" {
  type    = string
  default = lower("Logs/") # EXPECT: variable-default-not-constant
}

variable "tags" {
  type = map(string)
  default = {
    Project   = var.project         # EXPECT: variable-default-not-constant
    Workspace = terraform.workspace # EXPECT: variable-default-not-constant
  }
}

variable "retention_days" {
  type    = number
  default = local.default_retention # EXPECT: variable-default-not-constant
}

variable "created" {
  type    = string
  default = formatdate("YYYY-MM-DD", timestamp()) # EXPECT: variable-default-not-constant
}
