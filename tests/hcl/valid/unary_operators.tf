# Unary operators: logical not (!) and arithmetic negation (-).
locals {
  not_true     = !true
  not_var      = !var.enabled
  double_not   = !!var.enabled
  not_paren    = !(var.a && var.b)
  not_call     = !contains(var.list, "x")
  not_compare  = !(var.count > 3)
  neg_literal  = -1
  neg_decimal  = -0.5
  neg_var      = -var.offset
  double_neg   = - -var.offset
  neg_paren    = -(var.a + var.b)
  neg_call     = -abs(var.delta)
  neg_in_expr  = 10 - -3
  neg_mul      = -var.a * -var.b
  not_in_cond  = !var.public ? "private" : "public"
  not_in_and   = !var.a && !var.b || !var.c
  neg_index    = -var.list[0]
  neg_attr     = -var.obj.value
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = !var.allow_public
  block_public_policy     = !var.allow_public
  ignore_public_acls      = !(var.allow_public || var.legacy)
  restrict_public_buckets = true
}
