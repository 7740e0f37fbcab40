alert_email = "oncall@example.com"
