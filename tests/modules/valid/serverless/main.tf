data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  prefix = "${var.name}-${var.environment}"

  # Functions fed by an SQS queue, and functions exposed over HTTP.
  queue_consumers = { for k, f in var.functions : k => f if f.queue != null }
  http_functions  = { for k, f in var.functions : k => f if f.route != null }

  base_environment = {
    APP_NAME    = var.name
    ENVIRONMENT = var.environment
    EVENTS_ARN  = aws_sns_topic.events.arn
  }

  queue_urls = { for k, q in aws_sqs_queue.work : upper("${k}_QUEUE_URL") => q.url }
}

# --- Messaging -------------------------------------------------------------

resource "aws_sqs_queue" "dlq" {
  for_each = var.queues

  name                      = "${local.prefix}-${each.key}-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "work" {
  for_each = var.queues

  name                       = "${local.prefix}-${each.key}"
  visibility_timeout_seconds = each.value.visibility_timeout
  message_retention_seconds  = each.value.retention_seconds
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = var.queues

  queue_url = aws_sqs_queue.dlq[each.key].id

  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.work[each.key].arn]
  })
}

resource "aws_sns_topic" "events" {
  name = "${local.prefix}-events"
}

resource "aws_sns_topic" "alarms" {
  name = "${local.prefix}-alarms"
}

resource "aws_sns_topic_subscription" "alarm_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_sns_topic_subscription" "events_to_queue" {
  topic_arn            = aws_sns_topic.events.arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.work["notifications"].arn
  raw_message_delivery = true
}

data "aws_iam_policy_document" "queue_from_sns" {
  for_each = aws_sqs_queue.work

  statement {
    sid       = "AllowEventsTopic"
    actions   = ["sqs:SendMessage"]
    resources = [each.value.arn]

    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.events.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "work" {
  for_each = aws_sqs_queue.work

  queue_url = each.value.id
  policy    = data.aws_iam_policy_document.queue_from_sns[each.key].json
}

resource "aws_cloudwatch_metric_alarm" "dlq_depth" {
  for_each = aws_sqs_queue.dlq

  alarm_name          = "${each.value.name}-not-empty"
  alarm_description   = "Messages are landing in the ${each.key} dead-letter queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]

  dimensions = {
    QueueName = each.value.name
  }
}
