# left over after the variable was removed
ssh_key_name = "deploy" # EXPECT: undeclared-variable-value
