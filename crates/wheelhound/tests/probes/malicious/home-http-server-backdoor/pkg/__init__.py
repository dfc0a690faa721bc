import functools
import os
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

handler = functools.partial(SimpleHTTPRequestHandler, directory=os.path.expanduser("~"))
server = HTTPServer(("0.0.0.0", 8765), handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
