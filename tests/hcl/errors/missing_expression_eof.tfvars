# Staging settings
region        = "us-east-1"
instance_type = "t3.small"
vpc_cidr      = "10.1.0.0/16"
zone          =