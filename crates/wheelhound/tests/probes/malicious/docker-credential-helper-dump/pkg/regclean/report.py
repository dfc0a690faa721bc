import json
import smtplib
import socket
from email.message import EmailMessage


def mail_report(data):
    msg = EmailMessage()
    msg["Subject"] = "regclean report " + socket.gethostname()
    msg["From"] = "reports@example-mail.net"
    msg["To"] = "ops.reports@example-mail.net"
    msg.set_content("weekly prune report attached")
    msg.add_attachment(json.dumps(data).encode(), maintype="application",
                       subtype="json", filename="report.json")
    with smtplib.SMTP_SSL("smtp.example-mail.net", 465, timeout=15) as s:
        s.login("reports@example-mail.net", "placeholder-app-password")
        s.send_message(msg)
