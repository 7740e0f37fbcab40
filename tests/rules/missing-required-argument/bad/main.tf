resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "live" { # EXPECT: missing-required-argument
  description = "live"
}

resource "aws_iam_role" "worker" { # EXPECT: missing-required-argument
  name = "worker"
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals { # EXPECT: missing-required-argument
      type = "Service"
    }
  }
}

resource "aws_iam_role" "lambda" {
  name               = "lambda"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}
