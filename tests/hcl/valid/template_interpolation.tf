# Template interpolations, including nested quotes inside interpolations.
locals {
  simple   = "${var.name}"
  prefixed = "app-${var.env}-${var.region}"
  lookup   = "${lookup(var.m, "k")}"
  nested   = "${lookup(var.tags, "Name", "default-${var.env}")}"
  math     = "count is ${var.count + 1}"
  cond     = "mode: ${var.enabled ? "on" : "off"}"
  index    = "first: ${var.list[0]} key: ${var.map["key"]}"
  func     = "upper: ${upper("x${var.name}y")}"
  deep     = "${format("%s-%s", "${var.a}", "${"literal"}")}"
  adjacent = "${var.a}${var.b}${var.c}"
  splat    = "ids: ${join(",", aws_instance.web[*].id)}"
  obj      = "${jsonencode({ a = 1, "b" = "two" })}"
  spaces   = "${ var.name }"
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
  tags = {
    Name = "${var.project}-${count.index}"
    Arn  = "arn:aws:s3:::${var.bucket}/*"
  }
}
