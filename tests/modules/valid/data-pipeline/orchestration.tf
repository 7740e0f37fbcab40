data "aws_iam_policy_document" "states" {
  statement {
    actions   = ["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"]
    resources = [aws_glue_job.transform.arn]
  }

  statement {
    actions   = ["dynamodb:PutItem", "dynamodb:UpdateItem"]
    resources = [aws_dynamodb_table.runs.arn]
  }
}

resource "aws_iam_role" "states" {
  name               = "${local.prefix}-pipeline"
  assume_role_policy = data.aws_iam_policy_document.assume["states"].json
}

resource "aws_iam_role_policy" "states" {
  name   = "run-pipeline"
  role   = aws_iam_role.states.id
  policy = data.aws_iam_policy_document.states.json
}

resource "aws_sfn_state_machine" "pipeline" {
  name     = "${local.prefix}-pipeline"
  role_arn = aws_iam_role.states.arn

  definition = templatefile("${path.module}/templates/pipeline.asl.json.tftpl", {
    project          = var.project
    runs_table       = aws_dynamodb_table.runs.name
    glue_job_name    = aws_glue_job.transform.name
    raw_bucket       = aws_s3_bucket.lake["raw"].bucket
    processed_bucket = aws_s3_bucket.lake["processed"].bucket
    max_attempts     = var.environment == "prod" ? 3 : 1
  })
}

resource "aws_iam_role" "events" {
  name               = "${local.prefix}-events-start-pipeline"
  assume_role_policy = data.aws_iam_policy_document.assume["events"].json
}

resource "aws_iam_role_policy" "events" {
  name = "start-pipeline"
  role = aws_iam_role.events.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "states:StartExecution"
      Resource = aws_sfn_state_machine.pipeline.arn
    }]
  })
}

resource "aws_cloudwatch_event_rule" "schedule" {
  name                = "${local.prefix}-pipeline-schedule"
  schedule_expression = var.schedule_expression
}

resource "aws_cloudwatch_event_rule" "manifest_uploaded" {
  name = "${local.prefix}-manifest-uploaded"

  event_pattern = <<-EOT
    {
      "source": ["aws.s3"],
      "detail-type": ["Object Created"],
      "detail": {
        "bucket": { "name": ["${aws_s3_bucket.lake["raw"].bucket}"] },
        "object": { "key": [{ "prefix": "manifests/" }] }
      }
    }
  EOT
}

resource "aws_cloudwatch_event_target" "pipeline" {
  for_each = {
    schedule = aws_cloudwatch_event_rule.schedule.name
    manifest = aws_cloudwatch_event_rule.manifest_uploaded.name
  }

  rule      = each.value
  target_id = "start-${each.key}"
  arn       = aws_sfn_state_machine.pipeline.arn
  role_arn  = aws_iam_role.events.arn
  input     = jsonencode({ trigger = each.key })
}
