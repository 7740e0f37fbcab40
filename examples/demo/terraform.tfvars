project_name = "image-resizer"
environment  = "dev"
region       = "eu-west-1" region = "us-east-1"
