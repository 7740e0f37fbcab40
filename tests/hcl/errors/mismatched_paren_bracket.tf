locals {
  azs        = ["us-east-1a", "us-east-1b"]
  subnet_cnt = (length(local.azs) * 2]
  vpc_cidr   = "10.0.0.0/16"
}
