variable "site_url" {
  type    = string
  default = "https://example.com/health"
}

variable "cert_domain" {
  type    = string
  default = "example.com"
}

locals {
  expected_status = 200
}

check "certificate" {
  # scoped data sources belong to the check, used or not
  data "aws_acm_certificate" "site" {
    domain   = var.cert_domain
    statuses = ["ISSUED"]
  }

  assert {
    condition     = length(var.site_url) > 0 && local.expected_status == 200
    error_message = "The site URL must be set."
  }
}

data "aws_region" "current" {}

resource "terraform_data" "deploy_marker" {
  depends_on = [data.aws_region.current]
}
