variable "buckets" {
  type = list(object({
    name = string
  }))
  default = [{ name = "assets" }, { name = "media" }]
}

locals {
  prefix = "acme" # EXPECT: unused-declaration
  # "local" is bound by the for expression, so local.name reads the
  # bucket object, not a local value; nothing uses local.prefix
  names = [for local in var.buckets : "${local.name}-bucket"]
}

data "aws_region" "current" {} # EXPECT: unused-declaration

resource "aws_s3_bucket" "this" {
  count  = length(local.names)
  bucket = local.names[count.index]

  # the iterator is named "data": data.aws_region.current is the iterator's
  # value, not the data source
  dynamic "grant" { # EXPECT: deprecated-argument
    for_each = []
    iterator = data
    content {
      id          = data.aws_region.current.name
      type        = "CanonicalUser"
      permissions = ["READ"]
    }
  }
}
