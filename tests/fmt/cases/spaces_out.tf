a = f(1, 2, 3)
b = var.x.y
c = [1, 2]
d = { k = 1 }
e = {}
f = m["k"]
g = x[*].id
h = f(a...)
i = provider::aws::arn_parse(x)
