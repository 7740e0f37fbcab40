terraform {
  # The bucket is passed by the pipeline with -backend-config.
  backend "s3" { # EXPECT: backend-incomplete
    key     = "api/terraform.tfstate"
    encrypt = true
  }
}
