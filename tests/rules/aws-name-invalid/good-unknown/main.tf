# Names only known after apply are never guessed: the known parts here are
# valid and short, whatever the unknown parts turn out to be.

resource "aws_kms_key" "k" {
  description = "exports"
}

resource "aws_s3_bucket" "exports" {
  bucket = "exports-${aws_kms_key.k.key_id}"
}

resource "aws_sqs_queue" "dlq" {
  name = "${aws_s3_bucket.exports.id}-dlq"
}

resource "aws_cloudwatch_log_group" "exports" {
  name = "/exports/${aws_s3_bucket.exports.id}"
}

# Whether the queue is FIFO is only known after apply: the .fifo suffix is
# neither required nor refused.
resource "aws_sqs_queue" "maybe_fifo" {
  name       = "jobs.fifo"
  fifo_queue = length(aws_kms_key.k.arn) > 0
}

resource "aws_sqs_queue" "maybe_fifo_prefix" {
  name       = "${aws_kms_key.k.key_id}-jobs.fifo"
  fifo_queue = length(aws_kms_key.k.arn) > 0
}
