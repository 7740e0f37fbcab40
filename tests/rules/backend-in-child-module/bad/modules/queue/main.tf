terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }

  # Left over from when this folder was a root module of its own.
  backend "s3" { # EXPECT: backend-in-child-module
    bucket = "acme-terraform-state"
    key    = "queue/terraform.tfstate"
    region = "eu-west-1"
  }
}

variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

output "url" {
  value = aws_sqs_queue.this.url
}
