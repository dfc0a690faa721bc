"""Mirrors a local build directory to an FTP server given on the command line."""
import ftplib, os
def upload(host, user, password, local_dir):
    ftp = ftplib.FTP(host, user, password)
    for name in os.listdir(local_dir):
        with open(os.path.join(local_dir, name), "rb") as f:
            ftp.storbinary("STOR " + name, f)
