environment = "prod"
tags = {
  Team       = "platform"
  CostCenter = "1234"
}
