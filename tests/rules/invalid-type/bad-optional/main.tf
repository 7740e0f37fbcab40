variable "kms_key_id" {
  type    = optional(string) # EXPECT: invalid-type
  default = null
}

resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = var.kms_key_id
}
