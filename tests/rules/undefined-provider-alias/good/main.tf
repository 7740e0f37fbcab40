resource "aws_acm_certificate" "cdn" {
  provider          = aws.us_east_1
  domain_name       = "cdn.example.com"
  validation_method = "DNS"
}

data "aws_ami" "al2023" {
  provider    = aws.replica
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_instance" "standby" {
  provider      = aws.replica
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}

output "certificate_arn" {
  value = aws_acm_certificate.cdn.arn
}
