output "x" {
  value = 