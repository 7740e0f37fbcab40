provider "aws" {
  region = var.region
}

variable "region" {
  type = string
}

variable "instances" {
  type = map(object({
    type = string
    tags = optional(map(string), {})
  }))
}

resource "aws_instance" "this" {
  for_each      = var.instances
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = each.value.type
  tags          = merge({ Name = each.key }, each.value.tags)
}
