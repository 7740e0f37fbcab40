data "aws_region" "current" {}

module "logs" {
  source = "./modules/logs"
  region = data.aws_region # EXPECT: invalid-reference
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/app/${data.aws_region.current.name}"

  tags = {
    Account = data["aws_caller_identity"].account_id # EXPECT: invalid-reference
  }
}

output "log_group" {
  value = module.logs.log_group_name
}
