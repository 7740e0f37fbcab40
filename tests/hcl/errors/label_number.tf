provider "aws" {
  region = "us-east-1"
}

resource 1 {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
