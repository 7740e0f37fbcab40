resource "aws_iam_policy" "read_only" {
  name   = "read-only"
  policy = file("${path.module}/policy.json")
}
