variable "2fa_required" { # EXPECT: invalid-block
  type    = bool
  default = true
}
