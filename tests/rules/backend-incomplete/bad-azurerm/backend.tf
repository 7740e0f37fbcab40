terraform {
  backend "azurerm" { # EXPECT: backend-incomplete
    resource_group_name  = "rg-terraform-state"
    storage_account_name = "acmetfstate"
  }
}
