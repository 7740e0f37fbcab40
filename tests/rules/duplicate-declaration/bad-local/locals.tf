locals {
  name_prefix = "acme-prod"

  common_tags = {
    Project   = "acme"
    ManagedBy = "terraform"
  }
}
