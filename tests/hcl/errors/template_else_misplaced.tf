variable "debug" {
  type    = bool
  default = false
}

output "mode" {
  value = "%{ else }default%{ if var.debug }debug%{ endif }"
}
