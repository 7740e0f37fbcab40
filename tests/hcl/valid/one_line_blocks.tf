# Single-line block forms.
locals {}
terraform {}
variable "empty" {}
variable "region" { default = "us-west-2" }
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
data "aws_caller_identity" "current" {}
output "vpc_id" { value = aws_vpc.main.id }
resource "aws_s3_bucket" "b" {
  versioning {}
  logging { target_bucket = "logs" }
  tags = {}
}
module "x" { source = "./x" }
