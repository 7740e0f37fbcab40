name        = "core-net"
environment = "prod"

subnet_tiers = {
  public = {
    public   = true
    newbits  = 6
    offset   = 0
    map_ipv4 = true
    nat      = false
    tags     = { "kubernetes.io/role/elb" = "1" }
  }
  app = {
    public = false
    offset = 1
    tags   = { "kubernetes.io/role/internal-elb" = "1" }
  }
  data = {
    public  = false
    newbits = 6
    offset  = 8
    nat     = false
  }
}

tags = {
  CostCenter = "platform"
  Owner      = "network-team"
}
