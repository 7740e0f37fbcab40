# values for the root module
  region = "eu-west-1"
