# A fixed name is a convention finding: a project that does not want it
# turns the rule off (see the args file).

resource "aws_iam_role" "api" {
  name               = "billing-api"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
}
