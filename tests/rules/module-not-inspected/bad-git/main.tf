module "eks" {
  source = "git::https://github.com/acme/terraform-modules.git//eks?ref=v3.2.0" # EXPECT: module-not-inspected

  cluster_name = "prod"
}

module "labels" {
  source = "github.com/acme/terraform-labels" # EXPECT: module-not-inspected
  name   = "prod"
}

module "bootstrap" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/acme-modules/bootstrap.zip" # EXPECT: module-not-inspected
}

output "cluster_endpoint" {
  value = module.eks.cluster_endpoint
}

output "tags" {
  value = module.labels.tags
}
