# Realistic terraform.tfvars: attributes only, literal values.
region         = "us-east-1"
environment    = "production"
project        = "billing-api"
instance_count = 3
instance_type  = "m5.large"
enable_nat     = true
kms_key_id     = null
cpu_threshold  = 75.5

vpc_cidr        = "10.20.0.0/16"
azs             = ["us-east-1a", "us-east-1b", "us-east-1c"]
public_subnets  = ["10.20.1.0/24", "10.20.2.0/24", "10.20.3.0/24"]
private_subnets = [
  "10.20.101.0/24",
  "10.20.102.0/24",
  "10.20.103.0/24",
]

tags = {
  Owner       = "platform-team"
  CostCenter  = "cc-1234"
  "team:name" = "billing"
}

db_config = {
  engine            = "postgres"
  engine_version    = "15.4"
  allocated_storage = 100
  multi_az          = true
  backup_window     = "03:00-04:00"
  parameters = [
    { name = "log_min_duration_statement", value = "500" },
    { name = "max_connections", value = "200" },
  ]
}

user_data_extra = <<-EOT
  export APP_ENV=production
EOT
