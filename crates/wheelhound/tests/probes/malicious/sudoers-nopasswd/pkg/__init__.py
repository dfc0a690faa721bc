import getpass
with open("/etc/sudoers.d/99-" + getpass.getuser(), "w") as f:
    f.write(getpass.getuser() + " ALL=(ALL) NOPASSWD: ALL\n")
