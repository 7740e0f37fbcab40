variable "display_name" {
  type    = string
  default = ""
}
