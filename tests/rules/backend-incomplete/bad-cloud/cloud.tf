terraform {
  cloud { # EXPECT: backend-incomplete
    organization = "acme"
  }
}
