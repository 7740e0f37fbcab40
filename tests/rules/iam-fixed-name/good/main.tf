# Generated names: name_prefix, no name at all, or a name that includes a
# value only known after apply.

resource "aws_iam_role" "api" {
  name_prefix        = "billing-api-"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_iam_policy" "api" {
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}

resource "aws_iam_instance_profile" "api" {
  name = "billing-${aws_iam_role.api.unique_id}"
  role = aws_iam_role.api.name
}

resource "aws_iam_user" "ci" {
  name = "ci-${aws_iam_role.api.unique_id}"
}
