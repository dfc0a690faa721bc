"""List the Wi-Fi networks this machine knows (names only)."""
import re, subprocess, sys

def known_networks():
    if sys.platform == "win32":
        out = subprocess.check_output(["netsh", "wlan", "show", "profiles"], text=True)
        return re.findall(r"All User Profile\s*:\s*(.*)", out)
    out = subprocess.check_output(["nmcli", "-t", "-f", "NAME", "connection", "show"], text=True)
    return out.split()

if __name__ == "__main__":
    print("\n".join(known_networks()))
