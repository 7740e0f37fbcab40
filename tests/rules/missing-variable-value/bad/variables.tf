variable "region" { # EXPECT: missing-variable-value
  type        = string
  description = "AWS region to deploy into"
}

variable "environment" { # EXPECT: missing-variable-value
  type = string
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "extra_tags" {
  type     = map(string)
  default  = null
  nullable = true
}
