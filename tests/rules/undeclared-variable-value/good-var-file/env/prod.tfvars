db_allocated_storage = 100
