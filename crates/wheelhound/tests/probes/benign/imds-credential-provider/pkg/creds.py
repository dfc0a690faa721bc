"""Instance-role credentials for signing S3 requests."""
import requests

IMDS = "http://169.254.169.254/latest"

def instance_credentials():
    token = requests.put(IMDS + "/api/token", headers={"X-aws-ec2-metadata-token-ttl-seconds": "21600"}, timeout=1).text
    hdr = {"X-aws-ec2-metadata-token": token}
    role = requests.get(IMDS + "/meta-data/iam/security-credentials/", headers=hdr, timeout=1).text
    return requests.get(IMDS + "/meta-data/iam/security-credentials/" + role, headers=hdr, timeout=1).json()

def list_bucket(bucket, signer):
    creds = instance_credentials()
    headers = signer(creds["AccessKeyId"], creds["SecretAccessKey"], creds["Token"])
    return requests.get(f"https://{bucket}.s3.amazonaws.com/", headers=headers, timeout=10)
