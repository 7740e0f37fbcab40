locals {
  café = "naïve 日本語 😀" ; x = 1
  é = "\q"
}
