"""A small dashboard that shows the repository's recent history."""
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/log")
def log():
    count = str(int(request.args.get("n", "10")))
    out = subprocess.run(["git", "log", "--oneline", "-n", count], capture_output=True, text=True)
    return jsonify(lines=out.stdout.splitlines())

@app.route("/echo", methods=["POST"])
def echo():
    payload = request.get_json()
    return jsonify(payload)
