scaling = { # EXPECT: variable-default-type
  min = 2
}
tags = { Team = "platform" }
