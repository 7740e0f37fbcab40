resource "aws_s3_bucket" "logs" {
  bucket = "${var.project}-${var.environment-logs"

  tags = {
    Project = var.project
  }
}
