# Platform-wide override: production sizes replace the instance_type in main.tf.
resource "aws_instance" "web" {
  instance_type = var.environment == "prod" ? "t3.large" : "t3.small"
}

variable "instance_count" {
  default = 3
}
