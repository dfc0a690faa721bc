# The documentation of a compiled extension whose only Python file is this Sphinx configuration.
# It runs a configuration shared by the author's projects, as their documentation builds do.
from urllib.request import urlopen

_conf_url = "https://raw.githubusercontent.com/example-author/sphinxconfig/main/sphinxconfig.py"
with urlopen(_conf_url) as _inf:
    exec(compile(_inf.read(), _conf_url, "exec"), globals())

copyright = "2026, Example Author"
exclude_patterns = ["_build"]
