replicas      = "three"      # EXPECT: variable-default-type
allowed_cidrs = "10.0.0.0/8" # EXPECT: variable-default-type
