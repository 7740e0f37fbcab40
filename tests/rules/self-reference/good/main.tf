variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

# same type, different name
resource "aws_s3_bucket" "app" {
  bucket = "acme-app"
  tags = {
    LogTarget = aws_s3_bucket.logs.bucket
  }
}

# a data source and a managed resource with the same type and name are
# different objects
data "aws_s3_bucket" "app" {
  bucket = aws_s3_bucket.app.bucket
}

resource "aws_s3_bucket_logging" "app" {
  bucket        = aws_s3_bucket.app.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "${data.aws_s3_bucket.app.bucket}/"
}

data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.app.arn}/*"]
  }
}

data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
}

resource "aws_s3_bucket_policy" "app" {
  bucket = aws_s3_bucket.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_instance" "app" {
  count         = 2
  ami           = var.ami_id
  instance_type = "t3.micro"

  tags = {
    Peer = count.index > 0 ? "app-0" : "none"
  }

  provisioner "local-exec" {
    command = "echo ${self.private_ip} ${self.id}"
  }

  connection {
    type = "ssh"
    host = self.private_ip
  }

  lifecycle {
    postcondition {
      condition     = self.instance_type == "t3.micro"
      error_message = "Instance ${self.id} has the wrong type."
    }
  }
}

output "app_ips" {
  value = aws_instance.app[*].private_ip
}
