# Plain heredocs: standard delimiter, custom delimiters, empty body.
locals {
  script = <<EOF
#!/bin/bash
echo "hello"
exit 0
EOF

  empty = <<EOF
EOF

  custom = <<POLICY_DOC
Some text mentioning EOF which is not the end marker.
  EOF
POLICY_DOC

  underscore = <<END_OF_TEXT
line one
line two
END_OF_TEXT

  lower = <<eot
lowercase delimiter
eot

  with_blank_lines = <<TXT

first line after a blank

TXT
}
