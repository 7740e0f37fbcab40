output "bucket_names" {
  description = "Data lake bucket names keyed by zone."
  value       = { for zone, b in aws_s3_bucket.lake : zone => b.bucket }
}

output "ingest" {
  value = {
    stream   = aws_kinesis_stream.events.arn
    firehose = aws_kinesis_firehose_delivery_stream.raw.name
  }
}

output "glue_database" {
  value = aws_glue_catalog_database.lake.name
}

output "state_machine_arn" {
  value = aws_sfn_state_machine.pipeline.arn
}

output "runs_table" {
  value = {
    name      = aws_dynamodb_table.runs.name
    gsi_names = [for gsi in aws_dynamodb_table.runs.global_secondary_index : gsi.name]
  }
}
