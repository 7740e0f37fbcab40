variable "logs" {
  type    = string
  default = "acme-logs"
}
