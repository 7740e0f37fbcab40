short = 1
much_longer_name = 2
mid = 3 # c1

after_blank = 4 # c2
x = 5 // c3
block {
  a = 1
  bbbbb = 2 # z
}
