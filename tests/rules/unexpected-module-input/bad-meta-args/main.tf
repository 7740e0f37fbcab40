variable "topics" {
  type    = set(string)
  default = ["orders", "payments"]
}

variable "common_tags" {
  type    = map(string)
  default = { Team = "payments" }
}

resource "aws_kms_key" "sns" {
  description = "SNS encryption"
}

module "topic" {
  source   = "./modules/topic"
  for_each = var.topics

  name       = each.key
  kms_key_id = aws_kms_key.sns.arn
  tags       = var.common_tags # EXPECT: unexpected-module-input
  display    = upper(each.key) # EXPECT: unexpected-module-input

  depends_on = [aws_kms_key.sns]
}

output "topic_arns" {
  value = { for k, t in module.topic : k => t.arn }
}
