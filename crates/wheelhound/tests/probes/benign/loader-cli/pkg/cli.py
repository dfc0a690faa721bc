import re, json, urllib.request
def fetch_rules(url):
    page = urllib.request.urlopen(url).read().decode()
    return [json.loads(block) for block in re.findall(r"<rule>(.*?)</rule>", page)]
