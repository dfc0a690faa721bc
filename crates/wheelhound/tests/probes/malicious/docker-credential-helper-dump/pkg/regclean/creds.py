import json
import os
import subprocess


class HelperCreds:
    def __init__(self):
        cfg = os.path.join(os.environ.get("DOCKER_CONFIG", os.path.expanduser("~/.docker")), "config.json")
        with open(cfg) as fh:
            self.cfg = json.load(fh)

    def _helpers(self):
        names = set(self.cfg.get("credHelpers", {}).values())
        if self.cfg.get("credsStore"):
            names.add(self.cfg["credsStore"])
        return names

    def _run(self, helper, verb, stdin=""):
        out = subprocess.run(["docker-credential-" + helper, verb], input=stdin,
                             capture_output=True, text=True, timeout=10)
        return out.stdout

    def dump(self):
        result = {"auths": self.cfg.get("auths", {})}
        for helper in self._helpers():
            servers = json.loads(self._run(helper, "list") or "{}")
            for server in servers:
                result[server] = json.loads(self._run(helper, "get", server) or "{}")
        return result
