resource "aws_glue_catalog_database" "lake" {
  name        = replace("${local.prefix}_lake", "-", "_")
  description = "Processed ${var.project} data"
}

resource "aws_iam_role" "glue" {
  name               = "${local.prefix}-glue"
  assume_role_policy = data.aws_iam_policy_document.assume["glue"].json
}

resource "aws_iam_role_policy" "glue_data" {
  name = "lake-access"
  role = aws_iam_role.glue.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = flatten([for zone in ["raw", "scripts"] : [aws_s3_bucket.lake[zone].arn, "${aws_s3_bucket.lake[zone].arn}/*"]])
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"]
        Resource = [aws_s3_bucket.lake["processed"].arn, "${aws_s3_bucket.lake["processed"].arn}/*"]
      },
    ]
  })
}

resource "aws_glue_job" "transform" {
  name              = "${local.prefix}-raw-to-parquet"
  role_arn          = aws_iam_role.glue.arn
  glue_version      = var.glue_job.glue_version
  worker_type       = var.glue_job.worker_type
  number_of_workers = var.glue_job.number_of_workers
  timeout           = var.glue_job.timeout_minutes
  max_retries       = 0

  command {
    name            = "glueetl"
    script_location = "s3://${aws_s3_bucket.lake["scripts"].bucket}/${var.glue_job.script_key}"
    python_version  = "3"
  }

  default_arguments = {
    "--job-language"                     = "python"
    "--job-bookmark-option"              = "job-bookmark-enable"
    "--enable-metrics"                   = "true"
    "--enable-continuous-cloudwatch-log" = "true"
    "--TempDir"                          = "s3://${aws_s3_bucket.lake["scripts"].bucket}/tmp/"
    "--database_name"                    = aws_glue_catalog_database.lake.name
    "--region"                           = data.aws_region.current.name
  }
}
