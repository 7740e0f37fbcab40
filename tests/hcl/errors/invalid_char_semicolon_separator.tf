locals {
  name = "web"
  port = 443 ; protocol = "tcp"
  cidr = "10.0.0.0/16"
}
