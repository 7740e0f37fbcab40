# In AWS provider 5, aws_region's name is not deprecated yet.
data "aws_region" "current" {}

output "region" {
  value = data.aws_region.current.name
}
