region = "eu-west-1"

instances = {
  web = {
    type = "t3.small"
    tags = { Role = "web" }
  }
  "worker-1" = {
    type = "t3.large"
  }
}
