scaling = {
  min = 2
  max = "4"
}
tags = { Team = "platform", Tier = 2 }
