"""minegui: start and watch XMRig from a small dashboard."""
import shutil
import subprocess


def start(wallet, pool="pool.supportxmr.com:443", threads=2):
    """Mine for `wallet` (the user's own address) on `pool`."""
    exe = shutil.which("xmrig")
    if exe is None:
        raise FileNotFoundError("install xmrig first: https://xmrig.com/download")
    return subprocess.Popen([exe, "-o", pool, "-u", wallet, "--tls", "-t", str(threads)])
