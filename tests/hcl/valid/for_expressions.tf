# For expressions: tuple/object forms, filters, grouping, nesting.
locals {
  upper_names = [for n in var.names : upper(n)]
  with_index  = [for i, n in var.names : "${i}-${n}"]
  filtered    = [for n in var.names : n if n != ""]
  kv_filtered = [for k, v in var.tags : "${k}=${v}" if k != "Secret"]
  obj_single  = { for n in var.names : n => length(n) }
  obj_kv      = { for k, v in var.tags : lower(k) => v }
  obj_filter  = { for k, v in var.instances : k => v.id if v.enabled }
  grouped     = { for s in var.subnets : s.az => s.id... }
  grouped_if  = { for k, v in var.users : v.role => k... if v.active }
  nested      = [for az in var.azs : [for n in var.nets : "${az}-${n}"]]
  flat        = flatten([for a in var.a : [for b in var.b : { a = a, b = b }]])
  from_tuple  = [for x in [1, 2, 3] : x * 2]
  from_object = { for k, v in { a = 1, b = 2 } : v => k }
  paren_key   = { for k, v in var.m : (k) => v }
  cond_value  = [for v in var.vals : v > 0 ? v : -v]
  multi_line = {
    for name, cfg in var.buckets :
    name => {
      arn  = "arn:aws:s3:::${name}"
      tags = cfg.tags
    }
    if cfg.create
  }
  multi_tuple = [
    for subnet in aws_subnet.private :
    subnet.id
  ]
}

resource "aws_route53_record" "this" {
  for_each = { for r in var.records : r.name => r }
  zone_id  = var.zone_id
  name     = each.key
  type     = each.value.type
  records  = [for ip in each.value.ips : ip]
}
