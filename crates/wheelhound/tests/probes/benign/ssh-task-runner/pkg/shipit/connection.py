"""SSH connections for `shipit run HOST COMMAND` (Fabric-style).

Host aliases, users, ports, identity files and ProxyJump are resolved from the
user's ``~/.ssh/config`` exactly as OpenSSH would; keys are loaded from the
agent first, then from the identity files the config names.
"""
import os
import shlex

import paramiko

SSH_CONFIG = os.path.expanduser("~/.ssh/config")
DEFAULT_KEYS = ["~/.ssh/id_ed25519", "~/.ssh/id_ecdsa", "~/.ssh/id_rsa"]


def _ssh_config():
    cfg = paramiko.SSHConfig()
    if os.path.exists(SSH_CONFIG):
        with open(SSH_CONFIG) as fh:
            cfg.parse(fh)
    return cfg


class Connection:
    def __init__(self, host, user=None, port=None, connect_timeout=15):
        self.original_host = host
        opts = _ssh_config().lookup(host)
        self.host = opts.get("hostname", host)
        self.user = user or opts.get("user") or os.environ.get("USER")
        self.port = int(port or opts.get("port", 22))
        self.key_filenames = [os.path.expanduser(p) for p in
                              opts.get("identityfile", DEFAULT_KEYS)]
        self.proxy_jump = opts.get("proxyjump")
        self.connect_timeout = connect_timeout
        self.client = None

    def open(self):
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        sock = None
        if self.proxy_jump:
            gateway = Connection(self.proxy_jump).open()
            sock = gateway.get_transport().open_channel(
                "direct-tcpip", (self.host, self.port), ("127.0.0.1", 0))
        client.connect(self.host, port=self.port, username=self.user,
                       key_filename=[k for k in self.key_filenames if os.path.exists(k)],
                       allow_agent=True, look_for_keys=False, sock=sock,
                       timeout=self.connect_timeout)
        self.client = client
        return client

    def run(self, command, env=None, hide=False):
        if self.client is None:
            self.open()
        if env:
            prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
            command = f"{prefix} {command}"
        stdin, stdout, stderr = self.client.exec_command(command, get_pty=False)
        out = stdout.read().decode()
        err = stderr.read().decode()
        code = stdout.channel.recv_exit_status()
        if not hide:
            print(out, end="")
            print(err, end="")
        return code, out, err

    def put(self, local, remote):
        if self.client is None:
            self.open()
        with self.client.open_sftp() as sftp:
            sftp.put(local, remote)

    def close(self):
        if self.client is not None:
            self.client.close()
            self.client = None

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc):
        self.close()
