# Strip markers (~) on the left, right and both sides.
locals {
  interp_left  = "a   ${~ var.name}"
  interp_right = "${var.name ~}   b"
  interp_both  = "a   ${~ var.name ~}   b"
  if_both      = "x %{~ if var.on ~} on %{~ else ~} off %{~ endif ~} y"
  if_left      = "x %{~ if var.on } on %{~ endif} y"
  if_right     = "x %{ if var.on ~} on %{ endif ~} y"
  for_both     = "[ %{~ for s in var.list ~} ${s}, %{~ endfor ~} ]"
  tight        = "${~var.a~}"
  tight_dir    = "%{~if var.a~}A%{~endif~}"
}

output "config" {
  value = <<-EOT
    servers:
    %{~ for host in var.hosts ~}
      - ${host}
    %{~ endfor ~}
    done
  EOT
}
