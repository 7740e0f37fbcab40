resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    LogTarget = aws_s3_bucket.logs.bucket # EXPECT: self-reference
  }
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.deploy.arn } # EXPECT: self-reference
      Action    = "sts:AssumeRole"
    }]
  })
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
  }

  override_policy_documents = [data.aws_iam_policy_document.logs.json] # EXPECT: self-reference
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}
