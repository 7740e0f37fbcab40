# A module call with count is a list of instances and one with for_each a
# map, just like resources: their outputs need an instance key.
module "shard" {
  source = "./modules/queue"
  count  = 2
  name   = "shard-${count.index}"
}

module "tenant" {
  source   = "./modules/queue"
  for_each = toset(["acme", "globex"])
  name     = "tenant-${each.key}"
}

resource "aws_sns_topic" "fanout" {
  name = "fanout"
}

resource "aws_sns_topic_subscription" "shard" {
  topic_arn = aws_sns_topic.fanout.arn
  protocol  = "sqs"
  endpoint  = module.shard.arn # EXPECT: missing-instance-key
}

output "tenant_queue" {
  value = module.tenant.arn # EXPECT: missing-instance-key
}
