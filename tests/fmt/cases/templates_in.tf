x = "${ a }-%{ if b }c%{ endif }"
y = "%{ for v in l ~}${v}%{ endfor ~}"
z = "${ {a = 1} }"
