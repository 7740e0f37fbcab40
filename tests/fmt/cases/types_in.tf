variable "a" {
  type = list
}
variable "b" {
  type = "string"
}
variable "c" {
  type = "list"
}
variable "d" {
  type = "map"
}
variable "e" {
  type = map
}
variable "f" {
  type = set
}
variable "g" {
  type = "number"
}
resource "x" "y" {
  type = list
}
