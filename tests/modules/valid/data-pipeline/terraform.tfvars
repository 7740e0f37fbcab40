project     = "clickstream"
environment = "prod"

bucket_settings = {
  raw = {
    versioning    = true
    expire_days   = 400
    glacier_after = 90
  }
  processed = {
    versioning    = true
    ia_after_days = 60
  }
  scripts = {
    versioning    = true
    force_destroy = true
  }
}

glue_job = {
  script_key        = "jobs/raw_to_parquet.py"
  number_of_workers = 4
}
