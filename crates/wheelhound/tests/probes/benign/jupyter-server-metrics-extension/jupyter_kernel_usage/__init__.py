"""Server extension exposing a read-only, authenticated metrics endpoint."""
import json

import psutil
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado import web

__version__ = "0.6.0"


class UsageHandler(APIHandler):
    @web.authenticated
    def get(self):
        proc = psutil.Process()
        kids = proc.children(recursive=True)
        rss = proc.memory_info().rss + sum(k.memory_info().rss for k in kids)
        limit = self.settings.get("kernel_usage_mem_limit") or psutil.virtual_memory().total
        self.finish(json.dumps({"rss": rss, "limit": limit, "cpu_percent": psutil.cpu_percent(interval=None)}))


def _jupyter_server_extension_points():
    return [{"module": "jupyter_kernel_usage"}]


def _load_jupyter_server_extension(serverapp):
    base = serverapp.web_app.settings["base_url"]
    serverapp.web_app.add_handlers(".*$", [(url_path_join(base, "api", "kernel-usage"), UsageHandler)])
    serverapp.log.info("jupyter_kernel_usage %s loaded", __version__)
