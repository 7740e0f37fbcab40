variable "a" {
  type = list(any)
}
variable "b" {
  type = string
}
variable "c" {
  type = list(string)
}
variable "d" {
  type = map(string)
}
variable "e" {
  type = map(any)
}
variable "f" {
  type = set(any)
}
variable "g" {
  type = "number"
}
resource "x" "y" {
  type = list
}
