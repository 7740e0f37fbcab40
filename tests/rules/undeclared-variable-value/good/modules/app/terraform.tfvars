example_only = "used when this module was developed as a root"
