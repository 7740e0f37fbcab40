# Local testing against a second account.
provider "aws" {
  alias   = "dr"
  region  = "eu-north-1"
  profile = "sandbox"
}
