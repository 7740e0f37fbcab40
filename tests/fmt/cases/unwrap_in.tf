a = "${var.x}"
b = "${ var.x }"
c = "prefix-${var.x}"
d = "${var.x}${var.y}"
e = "${foo("${bar}")}"
f = "${
  var.x
}"
g = "${var.c ?
1 : 2}"
h = "${(var.c ?
1 : 2)}"
m = {
  k = "${var.z}"
}
