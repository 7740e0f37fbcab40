# This file contains only comments.
// No blocks or attributes at all.

/*
  resource "aws_instance" "disabled" {
    ami = "ami-123456"
  }
*/

# Trailing comment.
