import {
  for_each = var.existing_buckets
  to       = aws_s3_bucket.imported[each.key]
  id       = each.value
}

import {
  to = aws_s3_bucket.legacy
  id = local.legacy_bucket
}

moved {
  from = aws_s3_bucket.old_legacy
  to   = aws_s3_bucket.legacy
}
