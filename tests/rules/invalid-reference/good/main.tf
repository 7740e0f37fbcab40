variable "log_paths" {
  type = list(object({
    name = string
    path = string
  }))
  default = [
    { name = "app", path = "/var/log/app" },
    { name = "nginx", path = "/var/log/nginx" },
  ]
}

variable "buckets" {
  type    = set(string)
  default = ["reports", "exports"]
}

locals {
  policy_dir = "${path.module}/policies"
  root_dir   = path.root
  work_dir   = path.cwd
  workspace  = terraform.workspace
  # for expressions may bind names that look like reserved roots
  log_files = [for path in var.log_paths : "${path.path}/${path.name}.log"]
  by_name   = { for data in var.log_paths : data.name => data.path }
  applying  = terraform.applying
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "read" {
  for_each = var.buckets
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.this[each.key].arn}/*"]
  }
}

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = "acme-${each.key}-${local.workspace}-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_policy" "this" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.this[each.key].id
  policy   = data.aws_iam_policy_document.read[each.key].json
}

resource "terraform_data" "manifest" {
  input = {
    files    = local.log_files
    by_name  = local.by_name
    policies = local.policy_dir
    root     = local.root_dir
    cwd      = local.work_dir
  }

  provisioner "local-exec" {
    command = "echo applying=${local.applying} workspace=${terraform.workspace}"
  }
}

output "bucket_arns" {
  value = [for b in aws_s3_bucket.this : b.arn]
}

output "policy_json" {
  value = values(data.aws_iam_policy_document.read)[*].json
}
