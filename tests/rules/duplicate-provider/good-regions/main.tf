resource "aws_s3_bucket" "primary" {
  bucket = "acme-backups"
}

resource "aws_s3_bucket" "replica_eu" {
  provider = aws.eu_central_1
  bucket   = "acme-backups-eu-central-1"
}

resource "aws_s3_bucket" "replica_us" {
  provider = aws.us_east_1
  bucket   = "acme-backups-us-east-1"
}
