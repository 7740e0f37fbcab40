# Heredocs used as function arguments and several heredocs in one file.
resource "aws_iam_policy" "read" {
  name = "read-only"
  policy = jsonencode(jsondecode(<<EOF
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
}
EOF
  ))
}

resource "aws_iam_role" "role" {
  name               = "app-role"
  assume_role_policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
    }
  POLICY
}

locals {
  joined = join("\n", [
    <<A
first
A
    , <<B
second
B
  ])
  lines = split("\n", chomp(<<-EOT
    a
    b
  EOT
  ))
}
