owner_email = "platform-team" # EXPECT: variable-validation
