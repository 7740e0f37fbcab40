a = <<EOT
   keep   this   
	and this
EOT
b = <<-EOT
      x = ${var.y}
    EOT
c = [
  <<EOT
z
EOT
]
