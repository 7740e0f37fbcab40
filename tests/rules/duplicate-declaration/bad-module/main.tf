module "assets" {
  source = "./modules/bucket"
  name   = "acme-assets"
}

module "assets" { # EXPECT: duplicate-declaration
  source = "./modules/bucket"
  name   = "acme-assets-backup"
}

output "assets_arn" {
  value = module.assets.arn
}
