provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

provider "aws" { # EXPECT: duplicate-provider
  alias  = "us_east_1"
  region = "us-east-2"
}
