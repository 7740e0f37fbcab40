# Hash comment at top of file.
// Double-slash comment.
/* Single-line block comment. */
/*
 * Multi-line block comment
 * spanning several lines.
 */

variable "name" { # trailing hash comment
  type    = string // trailing slash comment
  default = "web" /* trailing block comment */
}

resource /* between keyword and label */ "aws_instance" "web" {
  ami = /* before value */ "ami-123456" /* after value */
  instance_type = "t3.micro" # comment
  tags = {
    # comment inside object
    Name = "web" // another
    /* block comment line */
    Env = /* inline */ "prod"
  }
  cpu_credits = max(/* first */ 1, 2 /* second */) /* op */ + /* rhs */ 3
  count = 1 /* multi
  line trailing
  comment */
  security_groups = [
    "sg-1", # first
    "sg-2", /* second */
    // before last
    "sg-3",
  ]
}
#no space after hash
//no space after slashes
/**/
