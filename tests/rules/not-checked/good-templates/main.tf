resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512

  container_definitions = templatefile("${path.module}/templates/containers.json.tftpl", {
    image = "nginx:1.27"
    port  = 80
  })
}
