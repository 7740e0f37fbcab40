environment_suffix = "pr-42"
