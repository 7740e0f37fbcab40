db_password = "not-loaded-without-var-file"
