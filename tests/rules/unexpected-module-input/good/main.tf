variable "topics" {
  type    = set(string)
  default = ["orders", "payments"]
}

resource "aws_kms_key" "sns" {
  description = "SNS encryption"
}

module "topic" {
  source   = "./modules/topic"
  for_each = var.topics

  name         = each.key
  kms_key_id   = aws_kms_key.sns.arn
  display_name = upper(each.key)

  depends_on = [aws_kms_key.sns]
}

module "global_topic" {
  source = "./modules/topic"
  count  = 1

  providers = {
    aws = aws.us_east_1
  }

  name = "global-alerts"
}

output "topic_arns" {
  value = merge({ for k, t in module.topic : k => t.arn }, { global = module.global_topic[0].arn })
}
