alarm_email = "oncall@example.com"
