# Production settings
region        = "us-east-1"
instance_type = "t3.micro"
vpc_cidr      = "10.0.0.0/16"

region = "eu-west-1"
