variable "name" {
  type = string
}

data "aws_iam_policy_document" "assume" {
  count = 1
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "terraform_data" "template" {
  input = templatefile("${path.module}/templates/readme.tftpl", { name = var.name })
}

output "assume_role_json" {
  value = data.aws_iam_policy_document.assume[0].json
}

output "readme" {
  value = terraform_data.template.output
}
