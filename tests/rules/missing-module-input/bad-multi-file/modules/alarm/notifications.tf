# added in a second file, and required
variable "sns_topic_arn" {
  type = string
}
