data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  for_each = var.functions

  name               = "${local.prefix}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "basic_execution" {
  for_each = aws_iam_role.lambda

  role       = each.value.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy" "lambda" {
  for_each = var.functions

  name = "app-access"
  role = aws_iam_role.lambda[each.key].id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [
        {
          Sid      = "PublishEvents"
          Effect   = "Allow"
          Action   = ["sns:Publish"]
          Resource = [aws_sns_topic.events.arn]
        },
        {
          Sid      = "SendWork"
          Effect   = "Allow"
          Action   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
          Resource = values(aws_sqs_queue.work)[*].arn
        },
      ],
      each.value.queue == null ? [] : [
        {
          Sid    = "ConsumeQueue"
          Effect = "Allow"
          Action = [
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
            "sqs:ChangeMessageVisibility",
          ]
          Resource = [aws_sqs_queue.work[each.value.queue].arn]
        },
      ],
    )
  })
}

resource "aws_cloudwatch_log_group" "lambda" {
  for_each = var.functions

  name              = "/aws/lambda/${local.prefix}-${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "this" {
  for_each = var.functions

  function_name    = "${local.prefix}-${each.key}"
  role             = aws_iam_role.lambda[each.key].arn
  handler          = each.value.handler
  runtime          = each.value.runtime
  memory_size      = each.value.memory_size
  timeout          = each.value.timeout
  filename         = var.lambda_package_path
  source_code_hash = filebase64sha256(var.lambda_package_path)
  architectures    = ["arm64"]

  environment {
    variables = merge(local.base_environment, local.queue_urls, each.value.environment)
  }

  tracing_config {
    mode = "Active"
  }

  depends_on = [
    aws_cloudwatch_log_group.lambda,
    aws_iam_role_policy_attachment.basic_execution,
  ]
}

resource "aws_lambda_event_source_mapping" "queue" {
  for_each = local.queue_consumers

  event_source_arn                   = aws_sqs_queue.work[each.value.queue].arn
  function_name                      = aws_lambda_function.this[each.key].arn
  batch_size                         = each.value.batch_size
  maximum_batching_window_in_seconds = each.value.batch_size > 10 ? 5 : 0
  function_response_types            = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = 10
  }

  depends_on = [aws_iam_role_policy.lambda]
}
