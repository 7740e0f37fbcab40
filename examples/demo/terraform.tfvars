project_name = "image-resizer"
environment  = "dev"
region       = "eu-west-1"
