variable "name" {
  type = string
}

variable "node_type" {
  type = string
}

variable "num_nodes" {
  type    = number
  default = "one" # EXPECT: variable-default-type
}

variable "parameters" {
  type = list(object({
    name  = string
    value = string
  }))
  default = [ # EXPECT: variable-default-type
    { name = "maxmemory-policy", value = "allkeys-lru" },
    { name = "timeout" },
  ]
}

resource "aws_elasticache_parameter_group" "this" {
  name   = var.name
  family = "redis7"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.value.name
      value = parameter.value.value
    }
  }
}

resource "aws_elasticache_cluster" "this" {
  cluster_id           = var.name
  engine               = "redis"
  node_type            = var.node_type
  num_cache_nodes      = var.num_nodes
  parameter_group_name = aws_elasticache_parameter_group.this.name
}

output "arn" {
  value = aws_elasticache_cluster.this.arn
}
