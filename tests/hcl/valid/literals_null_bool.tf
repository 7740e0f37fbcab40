# The literal keywords null, true and false in many positions.
variable "enable_logging" {
  type     = bool
  default  = false
  nullable = true
}

variable "kms_key_id" {
  type    = string
  default = null
}

locals {
  t          = true
  f          = false
  n          = null
  in_list    = [true, false, null]
  in_object  = { on = true, off = false, none = null }
  compare    = var.kms_key_id == null
  not_null   = var.kms_key_id != null
  cond_null  = var.enable_logging ? "logs" : null
  bool_ops   = true && false || !false
  coalesced  = coalesce(null, "fallback")
  as_strings = ["true", "false", "null"]
  prefixed   = [true_value, nullable, false_flag]
}

resource "aws_s3_bucket" "this" {
  bucket        = "data"
  force_destroy = false
  tags          = null
  lifecycle {
    prevent_destroy = true
  }
}
