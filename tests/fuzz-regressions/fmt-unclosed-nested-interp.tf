a = "${var.x}"
b = "$r.v {}"
g = "${var.c ?
2 : 2}"
h = "${(var.c ?
1 : 2)}"
m = {
  k = "${ "${var
}
