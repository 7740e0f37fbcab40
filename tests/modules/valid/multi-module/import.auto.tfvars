access_log_bucket_name = "payments-prod-access-logs"
