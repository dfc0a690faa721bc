"""Report Windows security settings for a support bundle."""
import winreg


def uac_enabled():
    key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System")
    value, _ = winreg.QueryValueEx(key, "EnableLUA")
    return bool(value)
