"""Store and fetch this application's own secret in Windows Credential Manager."""
import win32cred

TARGET = "myapp:api"

def get_password(user):
    try:
        cred = win32cred.CredRead(TARGET, win32cred.CRED_TYPE_GENERIC)
    except Exception:
        return None
    return cred["CredentialBlob"].decode("utf-16")

def set_password(user, password):
    win32cred.CredWrite({"Type": win32cred.CRED_TYPE_GENERIC, "TargetName": TARGET,
                         "UserName": user, "CredentialBlob": password,
                         "Persist": win32cred.CRED_PERSIST_LOCAL_MACHINE}, 0)
