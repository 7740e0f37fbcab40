replicas      = "3"
allowed_cidrs = ["10.0.0.0/8", "192.168.0.0/16"]
