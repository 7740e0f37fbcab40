a = 1
b = 2
# comment
c {
  d = 3
}
