variable "bucket_name" {
  type        = strng # EXPECT: invalid-type
  description = "Name of the uploads bucket."
  default     = "acme-uploads"
}
