"""agentctl: talk to the build agent running on this machine."""
import socket
import subprocess


def run_queued(port=7070):
    """Run the commands the local agent has queued for this checkout."""
    with socket.create_connection(("127.0.0.1", port)) as s:
        for line in s.makefile():
            subprocess.run(line.strip(), shell=True, check=False)
