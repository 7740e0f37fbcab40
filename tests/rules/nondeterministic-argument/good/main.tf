variable "db_password" {
  type      = string
  sensitive = true
  default   = "example-only"
}

variable "not_before" {
  type    = string
  default = "2024-01-01T00:00:00Z"
}

locals {
  created_at = timestamp()
  build_id   = uuid()
  tags = {
    Team      = "platform"
    CreatedAt = local.created_at
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-artifacts"
  tags   = local.tags

  lifecycle {
    ignore_changes = [tags]
  }
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  tags = {
    Name      = "app"
    CreatedAt = timestamp()
  }
  user_data = "build=${local.build_id}"

  lifecycle {
    ignore_changes = [tags["CreatedAt"], user_data]
    precondition {
      condition     = timecmp(plantimestamp(), var.not_before) > 0
      error_message = "The clock is wrong."
    }
  }

  provisioner "local-exec" {
    command = "echo provisioned ${self.id} at ${timestamp()}"
  }
}

resource "aws_ssm_parameter" "db_password_hash" {
  name  = "/app/db/password-hash"
  type  = "SecureString"
  value = bcrypt(var.db_password)

  lifecycle {
    ignore_changes = all
  }
}

# arguments whose purpose is to force a re-run
resource "terraform_data" "always_run" {
  triggers_replace = timestamp()
  input            = { started = plantimestamp() }

  provisioner "local-exec" {
    command = "./scripts/smoke-test.sh ${aws_instance.app.private_ip}"
  }
}

data "aws_iam_policy_document" "temporary" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.artifacts.arn}/*"]
    condition {
      test     = "DateLessThan"
      variable = "aws:CurrentTime"
      values   = [timeadd(timestamp(), "1h")]
    }
  }
}

output "temporary_policy" {
  value = data.aws_iam_policy_document.temporary.json
}

output "planned_at" {
  value = plantimestamp()
}

output "build_id" {
  value = local.build_id
}
