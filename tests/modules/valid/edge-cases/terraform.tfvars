name = "storefront"

allowed_cidrs = ["203.0.113.0/24", "198.51.100.0/24"]

buckets = {
  public = {
    public = true
  }
  uploads = {
    lifecycle_rules = [
      {
        id     = "archive-originals"
        prefix = "originals/"
        transitions = [
          { days = 30, storage_class = "STANDARD_IA" },
          { days = 180, storage_class = "GLACIER" },
        ]
      },
      {
        id          = "thumbnails"
        prefix      = "thumbs/"
        transitions = [{ days = 60, storage_class = "INTELLIGENT_TIERING" }]
      },
    ]
  }
}
