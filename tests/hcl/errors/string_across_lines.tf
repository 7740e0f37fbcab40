resource "aws_iam_role" "lambda" {
  name        = "lambda-exec"
  description = "Execution role for the
    image resizing lambda"

  assume_role_policy = data.aws_iam_policy_document.assume.json
}
