# Template directives: if/else/endif, for over lists and maps.
locals {
  if_only   = "Hello%{ if var.formal }, Sir%{ endif }!"
  if_else   = "%{ if var.env == "prod" }production%{ else }non-prod%{ endif }"
  for_list  = "%{ for ip in var.ips }${ip} %{ endfor }"
  for_kv    = "%{ for k, v in var.tags }${k}=${v};%{ endfor }"
  for_index = "%{ for i, name in var.names }${i}:${name},%{ endfor }"
  nested    = "%{ for s in var.subnets }%{ if s.public }pub:${s.id} %{ else }priv:${s.id} %{ endif }%{ endfor }"
  compact   = "%{if var.x}yes%{else}no%{endif}"
  cond_expr = "%{ if length(var.ips) > 0 && var.enabled }has ips%{ endif }"
  for_call  = "%{ for x in range(3) }[${x}]%{ endfor }"
  for_obj   = "%{ for k, v in { a = 1, b = 2 } }${k}${v}%{ endfor }"
}

resource "aws_instance" "web" {
  ami           = "ami-123456"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\n%{ for pkg in var.packages }apt-get install -y ${pkg}\n%{ endfor }"
  tags = {
    Name = "%{ if var.name != "" }${var.name}%{ else }unnamed%{ endif }"
  }
}
