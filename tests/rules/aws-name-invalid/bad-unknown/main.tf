# Names only known after apply, whose known parts already decide: the
# known part alone is over the limit, or holds a character AWS rejects.

resource "aws_kms_key" "k" {
  description = "exports"
}

# The known part alone is 64 characters; the key id appended at apply
# only makes the bucket name longer than 63.
resource "aws_s3_bucket" "exports" {
  bucket = "exports-of-the-finance-data-warehouse-for-the-external-auditors-${aws_kms_key.k.key_id}" # EXPECT: aws-name-invalid
}

resource "aws_sqs_queue" "dlq" {
  name = "Finance Exports DLQ ${aws_kms_key.k.key_id}" # EXPECT: aws-name-invalid
}
