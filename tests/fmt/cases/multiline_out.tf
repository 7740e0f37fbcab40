list = [
  1,
  2,
  3,
]
obj = {
  a = 1
  b = [
    1
  ]
}
call = f(
  a,
  b
)
