variable "hosts" {
  type    = list(string)
  default = ["10.0.1.10", "10.0.1.11"]
}

output "hosts" {
  value = "hosts: ${join(",", var.hosts)}%{ endfor }"
}
