import glob, paramiko
def deploy(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, key_filename=key_file)
    sftp = client.open_sftp()
    for wheel in glob.glob("dist/*.whl"):
        sftp.put(wheel, "/srv/wheels/" + wheel.rsplit("/", 1)[-1])
    client.close()
