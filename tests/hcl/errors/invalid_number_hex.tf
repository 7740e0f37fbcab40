resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.app.id

  root_directory {
    path = "/app"
    creation_info {
      owner_gid   = 1000
      owner_uid   = 1000
      permissions = 0x1ED
    }
  }
}
