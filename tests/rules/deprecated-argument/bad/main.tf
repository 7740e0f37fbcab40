resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "live" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "live" # EXPECT: deprecated-argument
}

resource "aws_s3_bucket" "site" {
  bucket = "example-site-bucket"

  website { # EXPECT: deprecated-argument
    index_document = "index.html"
  }
}
