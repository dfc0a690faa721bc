import imaplib


def unread(host, user, password):
    m = imaplib.IMAP4_SSL(host)
    m.login(user, password)
    m.select("INBOX")
    _, ids = m.search(None, "UNSEEN")
    return ids[0].split()
