locals {
  deployed_at = timestamp()
  deploy_id   = "deploy-${substr(uuid(), 0, 8)}"
  # volatile through another local
  common_tags = {
    DeployedAt = local.deployed_at
    Team       = "platform"
  }
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  tags   = local.common_tags # EXPECT: nondeterministic-argument

  lifecycle {
    # covers a different argument only
    ignore_changes = [object_lock_enabled]
  }
}

resource "aws_cloudwatch_log_stream" "deploy" {
  name           = local.deploy_id # EXPECT: nondeterministic-argument
  log_group_name = "/deploys"
}

module "build" {
  source = "./modules/build"
  name   = "site"
}

output "build_project" {
  value = module.build.project_name
}
