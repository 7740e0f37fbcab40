variable "name" {
  description = "Name prefix for every networking resource."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,24}$", var.name))
    error_message = "The name must be 3-25 lowercase letters, digits or hyphens and start with a letter."
  }
}

variable "environment" {
  description = "Deployment environment."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be one of dev, staging or prod."
  }
}

variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "eu-west-1"
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.20.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.vpc_cidr)) && tonumber(split("/", var.vpc_cidr)[1]) <= 20
    error_message = "The VPC CIDR must be a valid IPv4 block of /20 or larger."
  }
}

variable "az_count" {
  description = "How many availability zones to spread subnets over."
  type        = number
  default     = 3
}

variable "subnet_tiers" {
  description = "Subnet tiers; each tier gets one subnet per availability zone."
  type = map(object({
    public   = bool
    newbits  = optional(number, 4)
    offset   = number
    tags     = optional(map(string), {})
    nat      = optional(bool, true)
    map_ipv4 = optional(bool)
  }))

  validation {
    condition     = length([for t in values(var.subnet_tiers) : t if t.public]) >= 1
    error_message = "At least one subnet tier must be public."
  }
}

variable "nat_gateway_mode" {
  description = "none, single or per_az."
  type        = string
  default     = "per_az"
  nullable    = false

  validation {
    condition     = contains(["none", "single", "per_az"], var.nat_gateway_mode)
    error_message = "The nat_gateway_mode must be none, single or per_az."
  }
}

variable "ingress_rules" {
  description = "Ingress rules for the shared application security group."
  type = list(object({
    description = string
    from_port   = number
    to_port     = optional(number)
    protocol    = optional(string, "tcp")
    cidr_blocks = optional(list(string), [])
  }))
  default = [
    {
      description = "HTTPS from anywhere"
      from_port   = 443
      cidr_blocks = ["0.0.0.0/0"]
    },
  ]
}

variable "interface_endpoints" {
  description = "AWS services to reach through interface VPC endpoints."
  type        = set(string)
  default     = ["ssm", "ssmmessages", "ec2messages", "logs", "sts"]
}

variable "flow_logs" {
  description = "VPC flow log settings."
  type = object({
    enabled        = optional(bool, true)
    retention_days = optional(number, 30)
    traffic_type   = optional(string, "ALL")
  })
  default = {}

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_logs.traffic_type)
    error_message = "traffic_type must be ACCEPT, REJECT or ALL."
  }
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}
