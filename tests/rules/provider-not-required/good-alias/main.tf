provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "replica"
  region = "eu-central-1"
}

resource "aws_s3_bucket" "primary" {
  bucket = "acme-documents"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.replica
  bucket   = "acme-documents-replica"
}

data "aws_region" "replica" {
  provider = aws.replica
}

output "replica_region" {
  value = data.aws_region.replica.name
}
