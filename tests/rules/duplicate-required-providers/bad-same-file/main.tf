terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  required_providers { # EXPECT: duplicate-required-providers
    aws = {
      source = "hashicorp/aws"
    }
  }
}

resource "aws_sqs_queue" "jobs" {
  name                      = "jobs"
  message_retention_seconds = 86400
}
