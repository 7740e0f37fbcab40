# OpsWorks was retired; AWS provider 6.0 removed its resource types.
resource "aws_opsworks_stack" "app" { # EXPECT: unknown-resource-type
  name                         = "app"
  region                       = "us-east-1"
  service_role_arn             = "arn:aws:iam::123456789012:role/opsworks"
  default_instance_profile_arn = "arn:aws:iam::123456789012:instance-profile/opsworks"
}
