variable "name" {
  type    = string
  default = ""
}

output "greeting" {
  value = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger!"
}
