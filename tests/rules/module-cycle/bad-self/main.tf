module "tree" {
  source = "./modules/tree"
  depth  = 2
}
