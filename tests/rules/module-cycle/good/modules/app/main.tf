variable "name" {
  type = string
}

module "logs" {
  source = "../common"
  name   = var.name
}

resource "aws_ecs_cluster" "this" {
  name = var.name

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"

      log_configuration {
        cloud_watch_log_group_name = module.logs.log_group_name
      }
    }
  }
}
