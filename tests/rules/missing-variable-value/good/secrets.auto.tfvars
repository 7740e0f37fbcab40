db_password = "example-only-not-a-secret"
