import boto3
def publish(report_path, bucket):
    s3 = boto3.client("s3")
    s3.upload_file(report_path, bucket, "reports/latest.html")
