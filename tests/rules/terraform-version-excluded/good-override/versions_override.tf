# Upgrade branch: try the module on Terraform 1.x before changing versions.tf.
terraform {
  required_version = ">= 1.5.0"
}
