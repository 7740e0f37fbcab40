resource "aws_iam_user" "deploy" {
  name = @deploy
  path = "/system/"

  tags = {
    Team = "platform"
  }
}
