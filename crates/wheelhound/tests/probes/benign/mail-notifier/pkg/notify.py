"""Sends a build report by e-mail to the address the user configured."""
import smtplib
from email.message import EmailMessage
def send_report(text, to, server="localhost"):
    m = EmailMessage()
    m["To"] = to
    m.set_content(text)
    with smtplib.SMTP(server) as s:
        s.send_message(m)
