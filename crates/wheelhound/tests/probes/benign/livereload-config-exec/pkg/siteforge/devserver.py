"""`siteforge serve`: rebuild on change and live-reload the browser.

The project's ``siteforge_conf.py`` is plain Python (like Sphinx's conf.py):
it is executed in a fresh namespace on every rebuild so edits take effect
without restarting the server.
"""
import http.server
import os
import socketserver
import threading
import time

from . import build

CONF_NAME = "siteforge_conf.py"
RELOAD_SNIPPET = b"<script>new EventSource('/__reload').onmessage=()=>location.reload()</script>"


def load_config(project_dir):
    path = os.path.join(project_dir, CONF_NAME)
    namespace = {"__file__": path, "__name__": "siteforge_conf"}
    with open(path, encoding="utf-8") as fh:
        code = compile(fh.read(), path, "exec")
    exec(code, namespace)
    return {k: v for k, v in namespace.items() if not k.startswith("_")}


def _snapshot(project_dir):
    stamp = {}
    for root, dirs, files in os.walk(project_dir):
        dirs[:] = [d for d in dirs if d not in ("_site", ".git", "node_modules")]
        for name in files:
            path = os.path.join(root, name)
            stamp[path] = os.stat(path).st_mtime
    return stamp


class _Handler(http.server.SimpleHTTPRequestHandler):
    generation = 0

    def do_GET(self):
        if self.path == "/__reload":
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            seen = _Handler.generation
            while _Handler.generation == seen:
                time.sleep(0.3)
            self.wfile.write(b"data: reload\n\n")
            return
        super().do_GET()

    def end_headers(self):
        super().end_headers()

    def copyfile(self, source, outputfile):
        data = source.read()
        if self.path.endswith((".html", "/")):
            data = data.replace(b"</body>", RELOAD_SNIPPET + b"</body>")
        outputfile.write(data)


def serve(project_dir=".", host="127.0.0.1", port=8000):
    project_dir = os.path.abspath(project_dir)
    out = os.path.join(project_dir, "_site")
    build.run(project_dir, out, load_config(project_dir))

    def watch():
        before = _snapshot(project_dir)
        while True:
            time.sleep(0.5)
            now = _snapshot(project_dir)
            if now != before:
                before = now
                try:
                    build.run(project_dir, out, load_config(project_dir))
                    _Handler.generation += 1
                except Exception as exc:  # keep serving the last good build
                    print(f"rebuild failed: {exc}")

    threading.Thread(target=watch, daemon=True).start()
    handler = lambda *a, **kw: _Handler(*a, directory=out, **kw)
    with socketserver.ThreadingTCPServer((host, port), handler) as httpd:
        print(f"Serving {out} at http://{host}:{port}/ (Ctrl+C to stop)")
        httpd.serve_forever()
