# Every escape sequence supported in quoted strings.
locals {
  newline       = "line1\nline2"
  carriage      = "a\rb"
  tab           = "col1\tcol2"
  quote         = "say \"hello\""
  backslash     = "C:\\Program Files\\App"
  unicode4      = "copyright \u00A9 and euro \u20AC"
  unicode8      = "grinning \U0001F600"
  all_together  = "\n\r\t\"\\\u0041\U00000042"
  dollar_escape = "literal $${not_interpolated}"
  percent_esc   = "literal %%{if x}not a directive%%{endif}"
  lone_dollar   = "costs $5 and 100%"
  dollar_brace  = "$${var.name} and ${var.name}"
  empty         = ""
  escaped_only  = "\\"
}

resource "aws_ssm_parameter" "banner" {
  name  = "/app/banner"
  type  = "String"
  value = "Welcome!\n\tUse \"help\" for commands.\nPath: C:\\tmp"
}
