environment      = "prod"
instance_typ     = "m5.large" # EXPECT: undeclared-variable-value
enable_monitoing = true       # EXPECT: undeclared-variable-value
