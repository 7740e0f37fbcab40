# Identifiers containing non-ASCII Unicode letters.
locals {
  café        = "espresso"
  naïve       = true
  größe       = 42
  名前          = "テスト"
  名前_ref     = local.名前
  значение    = 3.14
  αβγ         = [1, 2, 3]
  mixed-ñame  = local.café
  ref         = "${local.café}-${local.größe}"
  obj = {
    clé   = "valeur"
    ключ  = "значение"
    키      = "값"
  }
}

variable "région" {
  type    = string
  default = "eu-west-3"
}

output "résultat" {
  value = var.région
}
