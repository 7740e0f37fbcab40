resource "aws_s3_bucket" "logs" {
  bucket = "example-logs-bucket"
}

# The type is aws_s3_bucket_server_side_encryption_configuration.
resource "aws_s3_bucket_encryption_configuration" "logs" { # EXPECT: unknown-resource-type
  bucket = aws_s3_bucket.logs.id
}

resource "aws_lamda_function" "worker" { # EXPECT: unknown-resource-type
  function_name = "worker"
}
