region         = "eu-west-1"
instance_count = 3, # EXPECT: syntax
