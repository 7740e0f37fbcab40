resource "aws_sns_topic" "this" {
  name              = var.name
  display_name      = var.display_name
  kms_master_key_id = var.kms_key_id
}

output "arn" {
  value = aws_sns_topic.this.arn
}
