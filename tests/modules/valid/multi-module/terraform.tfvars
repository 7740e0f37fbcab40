name        = "payments"
environment = "prod"

service = {
  image         = "123456789012.dkr.ecr.us-west-2.amazonaws.com/payments-api:1.42.0"
  desired_count = 3
}
