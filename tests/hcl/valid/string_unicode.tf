# Non-ASCII text in strings and comments: café, naïve, Ünïcödé.
# 日本語のコメント — CJK comment. 中文注释。
// Emoji in a comment: 🚀 ☁️ 🔒
/* Ελληνικά, русский, العربية */

locals {
  greeting_fr = "Bonjour, ça va ? À bientôt !"
  greeting_de = "Grüße aus München"
  greeting_ja = "こんにちは世界"
  greeting_zh = "你好，世界"
  greeting_ko = "안녕하세요"
  emoji       = "deploy 🚀 done ✅"
  mixed       = "naïve café — ${var.name} — 東京"
  rtl         = "مرحبا"
}

resource "aws_s3_bucket" "docs" {
  bucket = "docs-bucket"
  tags = {
    Description = "Données de l'équipe 🇫🇷"
    Owner       = "José Müller"
    "名前"        = "テスト"
  }
}
