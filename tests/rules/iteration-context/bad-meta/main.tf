variable "zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

variable "buckets" {
  type    = map(string)
  default = { logs = "private", site = "public-read" }
}

resource "aws_ebs_volume" "data" {
  count             = length(var.zones) > count.index ? 1 : 0 # EXPECT: iteration-context
  availability_zone = var.zones[count.index]
  size              = 20
}

module "bucket" {
  source   = "./modules/bucket"
  for_each = { for k, v in var.buckets : k => v if each.value != "" } # EXPECT: iteration-context
  name     = each.key
}

data "aws_s3_bucket" "existing" {
  for_each = toset([each.key]) # EXPECT: iteration-context
  bucket   = each.value
}

output "volume_ids" {
  value = aws_ebs_volume.data[*].id
}

output "bucket_arns" {
  value = { for k, b in module.bucket : k => b.arn }
}

output "existing" {
  value = { for k, b in data.aws_s3_bucket.existing : k => b.arn }
}
