terraform {
  backend "etcdv3" { # EXPECT: backend-invalid
    endpoints = ["etcd-1:2379", "etcd-2:2379", "etcd-3:2379"]
    lock      = true
    prefix    = "terraform-state/"
  }
}
