provider "aws" { # EXPECT: duplicate-provider
  region = "eu-west-1"

  default_tags {
    tags = {
      Team = "platform"
    }
  }
}
