variable "bucket_names" {
  type    = list(string)
  default = ["logs", "assets"]
}

resource "aws_s3_bucket" "named" {
  for_each = var.bucket_names # EXPECT: invalid-for-each
  bucket   = "acme-${each.key}"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_route_table" "per_subnet" {
  # set elements known only after apply
  for_each = toset([aws_subnet.a.id]) # EXPECT: invalid-for-each
  vpc_id   = aws_vpc.main.id
}

resource "aws_sqs_queue" "numbered" {
  for_each = toset([1, 2, 3]) # EXPECT: invalid-for-each
  name     = "q-${each.key}"
}

variable "db_password" {
  type      = string
  default   = "not-a-real-secret"
  sensitive = true
}

resource "aws_ssm_parameter" "by_secret" {
  for_each = toset([var.db_password]) # EXPECT: invalid-for-each
  name     = "/app/secret"
  type     = "SecureString"
  value    = each.value
}
