variable "name" {
  type = string
}

variable "ports" {
  type = tuple(number, number) # EXPECT: invalid-type
}
