# Heredocs containing interpolations, directives and literal escapes.
resource "aws_instance" "app" {
  ami           = var.ami
  instance_type = var.instance_type

  user_data = <<-EOF
    #!/bin/bash
    echo "Environment: ${var.env}"
    echo "Region: ${lookup(var.regions, "primary", "us-east-1")}"
    %{ if var.install_docker }
    yum install -y docker
    %{ else }
    echo "skipping docker"
    %{ endif }
    %{ for pkg in var.packages ~}
    yum install -y ${pkg}
    %{ endfor ~}
    %{ for k, v in var.env_vars }
    export ${k}="${v}"
    %{ endfor }
    echo "literal $${HOME} and %%{ not_a_directive }"
    echo "quotes \"are\" literal here: \n"
  EOF
}

output "summary" {
  value = <<EOT
Instances: ${length(aws_instance.app[*].id)}
%{~ for id in aws_instance.app[*].id }
- ${id}
%{~ endfor }
EOT
}
