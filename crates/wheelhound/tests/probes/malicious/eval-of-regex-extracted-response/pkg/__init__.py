import re, requests
page = requests.get("https://example-cdn.net/notes").text
[eval(d) for d in re.findall(r"<code>(.*?)</code>", page)]
