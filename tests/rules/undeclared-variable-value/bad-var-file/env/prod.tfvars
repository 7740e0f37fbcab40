region               = "eu-central-1"
db_allocated_storage = 100
db_storage_type      = "gp3" # EXPECT: undeclared-variable-value
