name                = "orders"
environment         = "staging"
lambda_package_path = "build/orders.zip"

functions = {
  api = {
    handler = "orders.api.handler"
    route   = "ANY /orders/{proxy+}"
    environment = {
      LOG_LEVEL = "INFO"
    }
  }
  health = {
    handler     = "orders.health.handler"
    memory_size = 128
    timeout     = 5
    route       = "GET /health"
  }
  fulfil = {
    handler     = "orders.fulfil.handler"
    memory_size = 512
    timeout     = 120
    queue       = "fulfilment"
    batch_size  = 5
  }
  notify = {
    handler = "orders.notify.handler"
    queue   = "notifications"
  }
}

queues = {
  fulfilment = {
    visibility_timeout = 720
    max_receive_count  = 3
  }
  notifications = {}
}
