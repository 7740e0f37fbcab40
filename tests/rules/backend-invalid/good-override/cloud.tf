terraform {
  cloud {
    organization = "acme"

    workspaces {
      name = "alerts"
    }
  }
}
