import os


def detect_platform():
    if os.environ.get("VERCEL"):
        return "vercel"
    if os.environ.get("NETLIFY"):
        return "netlify"
    if os.environ.get("FLY_APP_NAME"):
        return "fly"
    return "local"
