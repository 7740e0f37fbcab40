resource "aws_s3_bucket" "assets" {
  for_each = var.buckets

  bucket_prefix = "${local.prefix}-${each.key}-"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  for_each = var.buckets

  bucket                  = aws_s3_bucket.assets[each.key].id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = !each.value.public
  restrict_public_buckets = !each.value.public
}

resource "aws_s3_bucket_policy" "public_read" {
  for_each = { for k, v in var.buckets : k => v if v.public }

  bucket = aws_s3_bucket.assets[each.key].id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.assets[each.key].arn}/*"
    }]
  })

  depends_on = [aws_s3_bucket_public_access_block.assets]
}

resource "aws_s3_bucket_lifecycle_configuration" "assets" {
  for_each = local.lifecycle_buckets

  bucket = aws_s3_bucket.assets[each.key].id

  dynamic "rule" {
    for_each = each.value
    iterator = lc

    content {
      id     = lc.value.id
      status = "Enabled"

      filter {
        prefix = lc.value.prefix
      }

      dynamic "transition" {
        for_each = lc.value.transitions
        iterator = tr

        content {
          days          = tr.value.days
          storage_class = tr.value.storage_class
        }
      }
    }
  }
}

check "public_bucket_reachable" {
  data "aws_s3_bucket" "public_probe" {
    bucket = local.has_public_bucket ? aws_s3_bucket.assets[local.public_bucket_key].id : values(aws_s3_bucket.assets)[0].id
  }

  assert {
    condition     = data.aws_s3_bucket.public_probe.region == var.region
    error_message = "The public bucket is not in ${var.region}."
  }
}

check "instances_have_addresses" {
  data "aws_instances" "web" {
    instance_state_names = ["running"]

    filter {
      name   = "tag:Name"
      values = ["${local.prefix}-web-*"]
    }

    depends_on = [aws_eip.web]
  }

  assert {
    condition     = length(data.aws_instances.web.ids) == var.instance_count
    error_message = "Expected ${var.instance_count} running web instances, found ${length(data.aws_instances.web.ids)}."
  }

  assert {
    condition     = alltrue([for ips in values(local.eips_by_instance) : length(ips) == 1])
    error_message = "Every web instance should have exactly one Elastic IP."
  }
}
