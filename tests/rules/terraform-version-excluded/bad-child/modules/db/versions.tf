terraform {
  # Still pinned from the 0.12 upgrade.
  required_version = ">= 0.12, < 0.14" # EXPECT: terraform-version-excluded
}
