region            = "eu-west-1"
db_instance_class = "db.t3.small"
