variable "ami_id" {
  type    = string
  default = "ami-0123456789abcdef0"
}

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  lifecycle {
    postcondition {
      condition     = aws_instance.app.private_ip != "" # EXPECT: self-reference
      error_message = "The instance needs a private address."
    }
  }
}

data "aws_ami" "selected" {
  owners = ["amazon"]

  filter {
    name   = "image-id"
    values = [var.ami_id]
  }

  lifecycle {
    postcondition {
      condition     = data.aws_ami.selected.architecture == "x86_64" # EXPECT: self-reference
      error_message = "Only x86_64 images are supported."
    }
  }
}

module "queue" {
  source = "./modules/queue"
  name   = "app-${data.aws_ami.selected.architecture}"
}

output "app_id" {
  value = aws_instance.app.id
}

output "queue_arn" {
  value = module.queue.arn
}
