resource "terraform_data" "config" {
  input = {
    count      = var.instance_count
    port_label = var.port_label
    enabled    = var.enabled
    flag_text  = var.flag_text
    zones      = var.zones
    ports      = var.unique_ports
    tags       = var.tags
    labels     = var.labels
    database   = var.database
    subnets    = var.subnets
    pair       = var.pair
    anything   = var.anything
    kms        = var.kms_key_arn
    empty      = var.empty_list
  }
}
